// The lexer on its own: token streams against stock MicroPython's lexer (names, keywords,
// numbers, strings, escapes, concatenation, f-string and t-string rewrites), first errors
// against CPython 3.11, number conversion against CPython's values (all generated into
// lex_cases.inc by tools/gen_lex_cases.py), then recovery, spans, hostile input and running
// out of memory.
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "lex/lex.h"
#include "lex/lex_internal.h"
#include "test_lex_helpers.h"
#include "parse/parse.h"
#include "util/strbuf.h"

typedef struct error_case {
    const char *name;
    const char *src;
    size_t len;
    int line; // 0: no error expected
    int col;  // 0: not compared
    const char *msg;
} error_case;

static const error_case error_cases[] = {
#define LEX_ERROR_CASES
#include "lex_cases.inc"
#undef LEX_ERROR_CASES
};

typedef struct num_case {
    const char *text;
    lex_num_kind kind;
    int base;
    bool is_big;
    const char *value; // ints: the int64 in decimal, or the digits when is_big
    const char *fval;  // floats and imaginaries: the value as CPython prints it
} num_case;

static const num_case num_cases[] = {
#define LEX_NUM_CASES
#include "lex_cases.inc"
#undef LEX_NUM_CASES
};

TestSuite(lex);

Test(lex, tokens_match_micropython) {
    int n = 0;
    for (size_t i = 0; i < N_LEX_TOKEN_CASES; i++) {
        const lex_token_case *k = &lex_token_cases[i];
        if (strncmp(k->name, "layout_", 7) == 0) {
            continue; // test_layout.c
        }
        char *got = lex_dump(k->src, k->len, 0);
        cr_expect(eq(str, got, (char *)k->want), "case %s", k->name);
        free(got);
        n++;
    }
    cr_assert(gt(int, n, 50));
}

// Splits "L:C: msg".
static bool split(const char *s, int *line, int *col, const char **msg) {
    int n = 0;
    if (sscanf(s, "%d:%d: %n", line, col, &n) != 2 || n == 0) {
        return false;
    }
    *msg = s + n;
    return true;
}

Test(lex, first_error_matches_cpython) {
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
        const error_case *k = &error_cases[i];
        char *got = lex_first_error(k->src, k->len, 0);
        if (k->line == 0) {
            cr_expect(eq(str, got, ""), "case %s", k->name);
            free(got);
            continue;
        }
        int line, col;
        const char *msg;
        if (!split(got, &line, &col, &msg)) {
            cr_expect(false, "case %s: no error, want %d: %s", k->name, k->line, k->msg);
            free(got);
            continue;
        }
        cr_expect(eq(int, line, k->line), "case %s: %s", k->name, got);
        if (k->col) {
            cr_expect(eq(int, col, k->col), "case %s: %s", k->name, got);
        }
        cr_expect(eq(str, (char *)msg, (char *)k->msg), "case %s", k->name);
        free(got);
    }
}

Test(lex, numbers_convert_as_cpython_reads_them) {
    for (size_t i = 0; i < sizeof num_cases / sizeof num_cases[0]; i++) {
        const num_case *k = &num_cases[i];
        arena a;
        arena_init(&a);
        lex_num n;
        cr_assert(lex_num_convert(&a, k->text, strlen(k->text), &n));
        cr_expect(eq(int, n.kind, k->kind), "%s", k->text);
        if (k->kind == LEX_NUM_INT) {
            cr_expect(eq(int, n.base, k->base), "%s", k->text);
            cr_expect(eq(int, n.is_big, k->is_big), "%s", k->text);
            if (k->is_big) {
                cr_expect(eq(str, (char *)n.v.digits, (char *)k->value), "%s", k->text);
                cr_expect(eq(u32, n.n_digits, (uint32_t)strlen(k->value)), "%s", k->text);
            } else {
                cr_expect(eq(i64, n.v.ival, strtoll(k->value, NULL, 10)), "%s", k->text);
            }
        } else {
            double want = strtod(k->fval, NULL);
            cr_expect(memcmp(&n.v.fval, &want, sizeof want) == 0, "%s: %.17g, want %s", k->text,
                      n.v.fval, k->fval);
        }
        arena_fini(&a);
    }
}

Test(lex, debug_is_false_when_optimising) {
    char *got = lex_dump("x = __debug__\n", 14, 1);
    cr_expect(eq(str, got, "NAME:x = False NEWLINE"));
    free(got);
}

// After an error the lexer goes on, so later tokens (and errors) still come.
typedef struct recover_case {
    const char *src;
    const char *want;
} recover_case;

static const recover_case recover_cases[] = {
    {"x = 1)\ny = 2\n", "NAME:x = NUMBER:1 ERROR NEWLINE NAME:y = NUMBER:2 NEWLINE"},
    {"x = 'abc\ny = 2\n", "NAME:x = ERROR NEWLINE NAME:y = NUMBER:2 NEWLINE"},
    {"x = 1abc + 2\ny\n", "NAME:x = ERROR + NUMBER:2 NEWLINE NAME:y NEWLINE"},
    {"x = 1 \\ y\nz\n", "NAME:x = NUMBER:1 ERROR NEWLINE NAME:z NEWLINE"},
    {"a $ b\n", "NAME:a ERROR NAME:b NEWLINE"},
    {"x = (1]\ny\n", "NAME:x = ( NUMBER:1 ERROR NEWLINE NAME:y NEWLINE"},
    {"x = ('a'\n", "NAME:x = ( STRING:'a' ERROR NEWLINE"},
    {"x = 'a' b'b'\ny\n", "NAME:x = ERROR NEWLINE NAME:y NEWLINE"},
    {"s = '\\x4' + t\n", "NAME:s = ERROR + NAME:t NEWLINE"},
    {"if 1:\n    y\n  z\nw\n", "if NUMBER:1 : NEWLINE INDENT NAME:y NEWLINE ERROR DEDENT NAME:z "
                               "NEWLINE NAME:w NEWLINE"},
    {"\xe2\x82\xac = 1\n", "ERROR = NUMBER:1 NEWLINE"},
    // A bracket left open in an f-string field does not join the lines after it.
    {"x = f\"{(a}\"\ny = 2\n",
     "NAME:x = STRING:'{}' . NAME:format ( ( ( NAME:a ) , ) ERROR NEWLINE NAME:y = NUMBER:2 "
     "NEWLINE"},
};

Test(lex, recovers_after_errors) {
    for (size_t i = 0; i < sizeof recover_cases / sizeof recover_cases[0]; i++) {
        const recover_case *k = &recover_cases[i];
        char *got = lex_dump(k->src, strlen(k->src), 0);
        cr_expect(eq(str, got, (char *)k->want), "source %s", k->src);
        free(got);
    }
}

// Tokens of f-string expressions point at the expression in the source; tokens made up by the
// rewrite point at the literal.
Test(lex, fstring_tokens_point_into_the_source) {
    const char *src = "s = f'a{x}b{yy!r}' + z\n";
    char *got = lex_spans(src, strlen(src));
    cr_expect(eq(str, got,
                 "1:1 NAME:s 1:3 = 1:5 STRING 1:5 . 1:5 NAME:format 1:5 ( 1:5 ( 1:9 NAME:x "
                 "1:5 ) 1:5 , 1:5 ( 1:13 NAME:yy 1:5 ) 1:5 , 1:5 ) 1:20 + 1:22 NAME:z "
                 "1:23 NEWLINE"));
    free(got);
}

Test(lex, layout_tokens_have_cpython_positions) {
    // INDENT at the last blank of the indentation (where CPython reports "unexpected indent"),
    // NEWLINE at the end of its line, DEDENT at the next token.
    const char *src = "if a:\n    b\nc";
    char *got = lex_spans(src, strlen(src));
    cr_expect(eq(str, got,
                 "1:1 if 1:4 NAME:a 1:5 : 1:6 NEWLINE 2:4 INDENT 2:5 NAME:b 2:6 NEWLINE "
                 "3:1 DEDENT 3:1 NAME:c 3:2 NEWLINE"));
    free(got);
}

// ---- hostile input: every case must end (a YYEOF) without crashing ----

static char *repeat(const char *s, size_t n, const char *tail) {
    size_t len = strlen(s), tl = strlen(tail);
    char *buf = malloc(len * n + tl + 1);
    cr_assert(buf != NULL);
    for (size_t i = 0; i < n; i++) {
        memcpy(buf + i * len, s, len);
    }
    memcpy(buf + len * n, tail, tl + 1);
    return buf;
}

Test(lex, ten_thousand_parens_stop_at_the_cap) {
    char *src = repeat("(", 10000, "");
    char *got = lex_first_error(src, strlen(src), 0);
    cr_expect(eq(str, got, "1:201: too many nested parentheses"));
    free(got);
    lex_stats st = lex_run(src, strlen(src));
    cr_expect(st.reached_eof);
    free(src);
}

Test(lex, thousand_nested_blocks_stop_at_the_cap) {
    size_t cap = 1000 * 1100;
    char *src = malloc(cap);
    cr_assert(src != NULL);
    size_t n = 0;
    for (int i = 0; i < 1000; i++) {
        memset(src + n, ' ', (size_t)i);
        n += (size_t)i;
        memcpy(src + n, "if x:\n", 6);
        n += 6;
    }
    memcpy(src + n, "pass\n", 6);
    n += 5;
    char *got = lex_first_error(src, n, 0);
    cr_expect(eq(str, got, "101:1: too many levels of indentation"));
    free(got);
    lex_stats st = lex_run(src, n);
    cr_expect(st.reached_eof);
    free(src);
}

Test(lex, a_million_lines) {
    char *src = repeat("x = 1\n", 1000000, "");
    lex_stats st = lex_run(src, strlen(src));
    cr_expect(st.reached_eof);
    cr_expect(eq(int, st.n_errors, 0));
    cr_expect(eq(long, st.n_tokens, 4000000L));
    free(src);
}

Test(lex, a_fifty_megabyte_file) {
    char *src = repeat("def f(a, b=0x1F):\n    return a + b * 2.5  # c\n", 1100000, "");
    size_t len = strlen(src);
    cr_assert(gt(sz, len, (size_t)50000000));
    lex_stats st = lex_run(src, len);
    cr_expect(st.reached_eof);
    cr_expect(eq(int, st.n_errors, 0));
    free(src);
}

Test(lex, empty_and_comment_only_files) {
    const char *srcs[] = {"", "# only a comment", "# c\n", "\n\n", "   ", "\t\n  # x\n"};
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
        char *got = lex_dump(srcs[i], strlen(srcs[i]), 0);
        cr_expect(eq(str, got, ""), "source %zu", i);
        free(got);
    }
}

Test(lex, nul_bytes_are_errors_not_the_end) {
    char *toks = lex_dump("x\0y\n", 4, 0);
    // The first NUL is reported before any token (CPython reads the file before tokenizing).
    cr_expect(eq(str, toks, "ERROR NAME:x NAME:y NEWLINE"));
    free(toks);
    const char src[] = "x = 1\n\0\0\ny = '\0'\n";
    lex_stats st = lex_run(src, sizeof src - 1);
    cr_expect(st.reached_eof);
    cr_expect(ge(int, st.n_errors, 1));
    char *got = lex_first_error(src, sizeof src - 1, 0);
    cr_expect(eq(str, got, "2:1: source code cannot contain null bytes"));
    free(got);
}

// Random bytes drawn from a Python-flavoured alphabet: the lexer must always reach the end.
Test(lex, random_input_always_ends) {
    static const char alphabet[] = "()[]{}'\"\\\n\t #fbrtuFBRxo0123456789._=:!{}\xc3\xa9\xff\x80\0";
    uint32_t seed = 12345;
    char buf[300];
    for (int round = 0; round < 3000; round++) {
        size_t len = (size_t)(round % 290) + 1;
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        lex_stats st = lex_run(buf, len);
        cr_expect(st.reached_eof, "round %d", round);
    }
}

Test(lex, running_out_of_memory_is_reported) {
    const char *src = "x = f'{a}{b!r:>{w}}' t'{c}' 'long string here' * 123456789012345678901234\n"
                      "def f(): return [i for i in range(10)]\n";
    bool saw_oom = false;
    for (long n = 0; n < 200; n++) {
        lex_stats st = lex_run_failing(src, strlen(src), n);
        cr_expect(st.reached_eof, "fail after %ld", n);
        saw_oom |= st.saw_oom;
    }
    cr_expect(saw_oom);
}
