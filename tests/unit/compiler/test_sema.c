// Post-parse checks: each case's first diagnostic against what CPython 3.11 (or, for code
// CPython accepts, stock mpy-cross) reports, generated into sema_cases.inc by
// tools/gen_sema_cases.py; multi-error files against CPython's errors one after another; the
// depth guard and the error limit.
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front_helpers.h"

typedef struct sema_case {
    const char *name;
    const char *src;
    int line; // 0: the code must pass
    int col;  // 0: not compared
    const char *msg;
    bool line_only; // mpyc's parser reports it first with its own message: compare the line
} sema_case;

static const sema_case cases[] = {
#define SEMA_CASES
#include "sema_cases.inc"
#undef SEMA_CASES
};

typedef struct multi_case {
    const char *name;
    const char *src;
    const char *want; // "line: message\n" for each error, in order
} multi_case;

static const multi_case multi_cases[] = {
#define SEMA_MULTI_CASES
#include "sema_cases.inc"
#undef SEMA_MULTI_CASES
};

enum { N_CASES = sizeof cases / sizeof cases[0], MAX_ERRORS = 20 };

TestSuite(sema);

// Splits "L:C: msg" (front_first_error's format).
static bool split(const char *got, int *line, int *col, const char **msg) {
    int n = 0;
    if (sscanf(got, "%d:%d: %n", line, col, &n) != 2 || n == 0) {
        return false;
    }
    *msg = got + n;
    return true;
}

Test(sema, first_error_is_cpythons) {
    int n_checked = 0;
    for (size_t i = 0; i < N_CASES; i++) {
        const sema_case *k = &cases[i];
        char *got = front_first_error(k->src);
        if (!k->msg) {
            cr_expect(eq(str, got, ""), "%s: valid code was flagged: %s", k->name, got);
        } else {
            int line = 0, col = 0;
            const char *msg = "";
            bool ok = split(got, &line, &col, &msg);
            cr_expect(ok, "%s: expected %d: %s, got no error or an unreadable one: '%s'", k->name,
                      k->line, k->msg, got);
            if (ok) {
                bool same = line == k->line && (k->line_only || strcmp(msg, k->msg) == 0);
                bool same_col = k->line_only || k->col == 0 || col == k->col;
                cr_expect(same, "%s: expected %d: %s\n  got %d: %s", k->name, k->line, k->msg, line,
                          msg);
                cr_expect(same_col, "%s: expected column %d, got %d", k->name, k->col, col);
            }
        }
        n_checked++;
        free(got);
    }
    cr_expect(gt(int, n_checked, 300));
}

// "t.py:L:C: error: msg" lines of a full report, as "L: msg\n" (source and caret lines
// dropped); the "too many errors" line is kept as is.
static char *errors_by_line(const char *src) {
    char *all = front_errors(src);
    size_t cap = strlen(all) + 1;
    char *out = malloc(cap);
    cr_assert(not(eq(ptr, out, NULL)));
    size_t n = 0;
    for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n")) {
        int l = 0, c = 0, k = 0;
        if (sscanf(line, "t.py:%d:%d: error: %n", &l, &c, &k) == 2 && k > 0) {
            n += (size_t)snprintf(out + n, cap - n, "%d: %s\n", l, line + k);
        } else if (strncmp(line, "t.py: error: ", 13) == 0) {
            n += (size_t)snprintf(out + n, cap - n, "%s\n", line + 13);
        }
    }
    out[n] = '\0';
    free(all);
    return out;
}

Test(sema, keeps_going_in_cpythons_order) {
    for (size_t i = 0; i < sizeof multi_cases / sizeof multi_cases[0]; i++) {
        const multi_case *k = &multi_cases[i];
        // Only the first MAX_ERRORS are shown, then one line saying so.
        char *want = strdup(k->want);
        cr_assert(not(eq(ptr, want, NULL)));
        char *p = want;
        int n = 0;
        while (*p && n < MAX_ERRORS) {
            p = strchr(p, '\n') + 1;
            n++;
        }
        if (*p) {
            strcpy(p, "too many errors, stopping\n");
        }
        char *got = errors_by_line(k->src);
        cr_expect(eq(str, got, want), "%s", k->name);
        free(got);
        free(want);
    }
}

// n nested levels of `(x.a` ... `)`, which the parser accepts at any depth: attribute chains
// and calls nest without growing the parser's stack.
static char *chain(const char *head, const char *link, int n) {
    size_t len = strlen(head) + strlen(link) * (size_t)n + 2;
    char *s = malloc(len);
    cr_assert(not(eq(ptr, s, NULL)));
    // Appends at a running offset: strcat would rescan the string (quadratic, minutes under ASan).
    size_t off = strlen(head), link_len = strlen(link);
    memcpy(s, head, off);
    for (int i = 0; i < n; i++) {
        memcpy(s + off, link, link_len);
        off += link_len;
    }
    memcpy(s + off, "\n", 2);
    return s;
}

Test(sema, deep_trees_get_one_error_and_no_crash) {
    static const char *const links[] = {".a", "()", "[0]"};
    for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
        char *src = chain("x", links[i], 200000);
        char *got = front_errors(src);
        const char *first = strstr(got, "too many nested expressions");
        bool found = first != NULL;
        bool once = !found || strstr(first + 1, "too many nested expressions") == NULL;
        cr_expect(found, "%s chain: %s", links[i], got);
        cr_expect(once, "%s chain: reported twice", links[i]);
        free(got);
        free(src);
    }
}

Test(sema, shallow_chains_pass) {
    char *src = chain("x", ".a", 900);
    char *got = front_errors(src);
    cr_expect(eq(str, got, ""));
    free(got);
    free(src);
}

Test(sema, flat_long_chains_pass) {
    // One BINOP node with a million operands is flat.
    char *src = chain("x = 1", " + 1", 1000000);
    char *got = front_errors(src);
    cr_expect(eq(str, got, ""));
    free(got);
    free(src);
}
