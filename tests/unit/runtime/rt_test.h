// Support for the runtime's unit tests: a port that captures console output in memory, a
// runtime started on a fresh heap for each test, and the compiler library to turn Python
// source into .mpy bytes at test time.
#ifndef RT_TEST_H
#define RT_TEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime.h"

// Starts the runtime on a heap of `heap_len` bytes (freed by rt_test_fini).
void rt_test_init(size_t heap_len);
void rt_test_fini(void);

// Everything written to stdout / stderr since the last call, NUL-terminated (static buffer).
const char *rt_test_stdout(void);
const char *rt_test_stderr(void);

// Compiles Python source to .mpy bytes (malloc'd, caller frees); NULL on a compile error.
uint8_t *rt_test_compile(const char *src, size_t *len);

// Loads and runs .mpy bytes as __main__; returns the exception that escaped, or NULL.
rt_obj_t rt_test_run_mpy(const uint8_t *mpy, size_t len);
// Loads .mpy bytes only; returns the exception raised while loading, or NULL.
rt_obj_t rt_test_load_mpy(const uint8_t *mpy, size_t len);
// Compiles and runs source; returns the escaped exception or NULL.
rt_obj_t rt_test_run(const char *src);

// The message of an exception (its str()) in a static buffer.
const char *rt_test_exc_text(rt_obj_t exc);

#endif
