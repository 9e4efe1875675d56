// Helpers for compiler tests: compile source text or a file through the whole pipeline
// (lexer, parser, checks, compiler, .mpy writer) and collect the bytes or the diagnostics.
#ifndef MPYC_TESTS_COMPILE_HELPERS_H
#define MPYC_TESTS_COMPILE_HELPERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compile/compile.h"

typedef struct compiled {
    bool ok;
    uint8_t *bytes; // malloc'd copy of the .mpy (NULL when !ok)
    size_t len;
    char *diags;   // malloc'd text of every diagnostic ("" when none)
    long n_allocs; // arena allocations from parsing on (-1 when one was made to fail)
} compiled;

// Options of a golden program: its `# mpy-cross: ...` line, if any.
typedef struct compile_opts {
    int opt_level;
    comp_options comp;
    long fail_after; // the arena allocation (counted from parsing on) that fails, or -1
} compile_opts;

void compile_opts_init(compile_opts *o);
// Reads `# mpy-cross: OPTIONS` from src (-O..., -msmall-int-bits=N, -X no-source-lines).
void compile_opts_from_source(compile_opts *o, const char *src);

// Compiles len bytes of source named `name` (the source name stored in the file).
compiled compile_source(const char *name, const char *src, size_t len, const compile_opts *o);
void compiled_free(compiled *c);

// Whole file into a malloc'd, NUL-terminated buffer, or NULL.
char *read_whole_file(const char *path, size_t *len);
// "" when equal, else where the bytes first differ (malloc'd either way).
char *bytes_diff(const uint8_t *got, size_t got_len, const uint8_t *want, size_t want_len);

#endif
