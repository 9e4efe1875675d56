// Helpers for front-end unit tests: run source text through the lexer, the parser and the
// checks, collecting diagnostics and dumps as text. Results are heap strings: free() them.
#ifndef MPYC_TESTS_FRONT_HELPERS_H
#define MPYC_TESTS_FRONT_HELPERS_H

#include <stdbool.h>
#include <stddef.h>

// AST dump (as `mpyc --dump=ast`), or "" when parsing failed.
char *front_ast(const char *src);
// All diagnostics produced by parse + check, concatenated ("" when clean).
char *front_errors(const char *src);
// The same, for a source that may contain NULs.
char *front_errors_n(const char *src, size_t len);
// First diagnostic's (error or warning) "line:col: message" (no file name, no source line),
// or "" when clean.
char *front_first_error(const char *src);

#endif
