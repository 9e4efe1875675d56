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
