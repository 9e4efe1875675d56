// Build-time configuration of the runtime: word size, feature flags (RT_CONFIG_*), limits.
// Every setting can be overridden with -D on the compiler command line; a port's build picks
// its values here, so no runtime file tests the host or the target architecture itself.
#ifndef RT_CONFIG_H
#define RT_CONFIG_H

#include <stddef.h>
#include <stdint.h>

// Machine words. Objects are one word; small ints carry RT_SMALL_INT_BITS signed bits
// (31 on 32-bit targets, 63 on 64-bit hosts), as stock MicroPython's representation A.
typedef intptr_t rt_int_t;
typedef uintptr_t rt_uint_t;
#define RT_WORD_BYTES ((int)sizeof(uintptr_t))
#define RT_WORD_BITS (RT_WORD_BYTES * 8)
#define RT_SMALL_INT_BITS (RT_WORD_BITS - 1)

// Bytecode dispatch through a table of label addresses (GCC and clang), else a switch.
#ifndef RT_CONFIG_COMPUTED_GOTO
#if defined(__GNUC__)
#define RT_CONFIG_COMPUTED_GOTO 1
#else
#define RT_CONFIG_COMPUTED_GOTO 0
#endif
#endif

// The native architecture (mpy_arch number) whose machine code this runtime can run; 0 for a
// bytecode-only runtime, which refuses native .mpy files with stock's message.
#ifndef RT_CONFIG_NATIVE_ARCH
#define RT_CONFIG_NATIVE_ARCH 0
#endif

// Floating point: 0 none, 1 single precision, 2 double precision.
#ifndef RT_CONFIG_FLOAT
#define RT_CONFIG_FLOAT 2
#endif

// Bytes in one GC block: the allocation granule. Must be a power of two and at least two words
// so that every object start keeps the three tag bits of a pointer clear.
#ifndef RT_CONFIG_GC_BLOCK_BYTES
#define RT_CONFIG_GC_BLOCK_BYTES 16
#endif

// Entries of the GC's explicit mark stack; deeper structures are finished by a rescan.
#ifndef RT_CONFIG_GC_MARK_STACK
#define RT_CONFIG_GC_MARK_STACK 64
#endif

// Collect at every allocation (also switchable at run time: rt_gc_set_stress). For tests.
#ifndef RT_CONFIG_GC_STRESS
#define RT_CONFIG_GC_STRESS 0
#endif

// Bytes of the qstr hash stored for each qstr: 2 like stock's unix port, which fixes the
// iteration order of dicts keyed by strings.
#define RT_CONFIG_QSTR_HASH_BYTES 2

// Longest qstr (bytes); longer names are refused as stock's 1-byte length field does.
#define RT_CONFIG_QSTR_MAX_LEN 255

// Value-stack slots a bytecode frame may take from the C stack; bigger frames go to the heap.
#ifndef RT_CONFIG_FRAME_ON_STACK_MAX
#define RT_CONFIG_FRAME_ON_STACK_MAX 256
#endif

// Callbacks micropython.schedule() can queue (stock's default).
#ifndef RT_SCHED_DEPTH
#define RT_SCHED_DEPTH 4
#endif

// Traceback entries kept per exception (each: file, line, function).
#ifndef RT_CONFIG_TRACEBACK_MAX
#define RT_CONFIG_TRACEBACK_MAX 64
#endif

#if defined(__GNUC__)
#define RT_NORETURN __attribute__((noreturn))
#define RT_LIKELY(x) __builtin_expect(!!(x), 1)
#define RT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define RT_NOINLINE __attribute__((noinline))
#define RT_PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define RT_NORETURN _Noreturn
#define RT_LIKELY(x) (x)
#define RT_UNLIKELY(x) (x)
#define RT_NOINLINE
#define RT_PRINTF_LIKE(f, a)
#endif

// The conservative stack scan reads whole stack frames, red zones included.
#if defined(__SANITIZE_ADDRESS__)
#define RT_HAS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_HAS_ASAN 1
#endif
#endif
#ifndef RT_HAS_ASAN
#define RT_HAS_ASAN 0
#endif
#if RT_HAS_ASAN
#define RT_NO_SANITIZE_ADDRESS __attribute__((no_sanitize_address))
#else
#define RT_NO_SANITIZE_ADDRESS
#endif

#define RT_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
