# rt_float_fmt: float <-> text as stock MicroPython prints and reads it (runtime/float_fmt.h).
# A self-contained static library for runtime/CMakeLists.txt (include this file and link
# rt_float_fmt) and for tests/unit/float; including it twice defines the target once.
if(TARGET rt_float_fmt)
  return()
endif()

set(RT_FLOAT_FMT_SOURCES ${CMAKE_CURRENT_LIST_DIR}/float_fmt.c
    ${CMAKE_CURRENT_LIST_DIR}/float_fmt_spec.c)
add_library(rt_float_fmt STATIC ${RT_FLOAT_FMT_SOURCES})
target_include_directories(rt_float_fmt PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_compile_options(rt_float_fmt PRIVATE ${MPYC_WARNINGS})

# Stock's digits depend on the long double it was built with: x87 80-bit on its x86-64 unix
# port (the default here), IEEE quad on its webassembly port (the npm package the program tests
# use as oracle) and on arm64 Linux. They differ for about 0.1% of reprs and more long inputs.
option(RT_FLOAT_FMT_QUAD "Format and parse floats as stock built with a quad long double" OFF)
if(RT_FLOAT_FMT_QUAD)
  target_compile_definitions(rt_float_fmt PRIVATE RT_FLOAT_FMT_QUAD=1)
endif()
