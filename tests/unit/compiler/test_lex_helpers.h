// Helpers for the lexer tests (test_lex.c, test_layout.c, test_lex_helpers.c): run the lexer alone over a source
// and dump what it gives. Results are heap strings: free() them.
#ifndef MPYC_TESTS_TEST_LEX_HELPERS_H
#define MPYC_TESTS_TEST_LEX_HELPERS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct lex_token_case {
    const char *name;
    const char *src;
    size_t len;
    const char *want; // token dump, as lex_dump writes it
} lex_token_case;

extern const lex_token_case lex_token_cases[];
extern const size_t N_LEX_TOKEN_CASES;

// Tokens separated by spaces: NAME:x, NUMBER:<text without '_'>, STRING:'...' and BYTES:'...'
// (escaped as the token dump does), NEWLINE, INDENT, DEDENT, ERROR, keywords and operators as
// written. The end is not shown.
char *lex_dump(const char *src, size_t len, int opt_level);
// The same with each token's "line:col " first, and only the kind for strings and numbers.
char *lex_spans(const char *src, size_t len);
// The first diagnostic as "line:col: message", or "" when there is none.
char *lex_first_error(const char *src, size_t len, int opt_level);

typedef struct lex_stats {
    long n_tokens;    // tokens before the end, errors included
    int n_errors;     // YYerror tokens
    bool reached_eof; // the end came within a bound proportional to the input
    bool saw_oom;     // an "out of memory" diagnostic was given
} lex_stats;

lex_stats lex_run(const char *src, size_t len);
// With the arena failing after n more allocations (once the unit is set up).
lex_stats lex_run_failing(const char *src, size_t len, long n);

#endif
