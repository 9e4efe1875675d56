// libFuzzer harness for the front end: arbitrary bytes go through the token dump path
// (lex_new/lex_next, as `mpyc --dump=tokens` prints them) and through unit_parse, unit_check
// and the AST dump (as `mpyc --syntax-only` and `--dump=ast` run them). Diagnostics are
// discarded but counted: a failed step that reported no error is a bug, and so is a lexer that
// never reaches the end of its input. Each input is parsed a second time with one arena
// allocation failing (which one is chosen from the input's bytes), to walk the out-of-memory
// paths: those must end in a diagnostic or (where a fallback exists, as for the line table) in
// the normal result, never in a crash or a leak. Built with
// libFuzzer's main (-fsanitize=fuzzer) or with fuzz_replay.c, which runs saved inputs in any
// build.
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "grammar.h"
#include "lex/lex.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "unit.h"
#include "util/strbuf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct diag_count {
    unsigned n_errors;
} diag_count;

static void count_diag(void *ctx, diag_severity sev, const char *text) {
    (void)text;
    if (sev == DIAG_ERROR) {
        ((diag_count *)ctx)->n_errors++;
    }
}

static void fail(const char *what) {
    fprintf(stderr, "fuzz_front: %s\n", what);
    abort();
}

// The token dump of main.c: every token's position, name and payload, until the end or the
// first lexical error.
static void dump_tokens(const uint8_t *data, size_t size) {
    diag_count seen = {0};
    comp_unit u;
    if (!unit_init(&u, "fuzz.py", (const char *)data, size, NULL, count_diag, &seen)) {
        unit_fini(&u);
        return;
    }
    lex_state *lx = lex_new(&u);
    strbuf out;
    sb_init(&out);
    // f-strings add tokens of their own, and DEDENTs come at the end; no input needs more.
    size_t limit = 64 * (size_t)size + 1024;
    for (size_t i = 0; lx; i++) {
        if (i == limit) {
            fail("the lexer does not reach the end of its input");
        }
        lex_token t;
        int k = lex_next(lx, &t);
        if (t.span.off > u.src.n_text || t.span.len > u.src.n_text - t.span.off) {
            fprintf(stderr, "fuzz_front: token %d (%s) spans [%u, %u) in a source of %u bytes\n", k,
                    k == 0 ? "end of file" : parse_token_name(k), t.span.off,
                    t.span.off + t.span.len, u.src.n_text);
            fail("a token's span lies outside the source");
        }
        src_pos p = src_position(&u.src, &u.arena, t.span.off);
        sb_printf(&out, "%u:%u %s", p.line, p.col, k == 0 ? "end of file" : parse_token_name(k));
        if (k == TOK_NAME) {
            sb_printf(&out, " %s", intern_str(&u.names, t.v.name));
        } else if (k == TOK_STRING || k == TOK_BYTES) {
            sb_put_escaped(&out, t.v.str->bytes, t.v.str->len, '\'', k == TOK_BYTES);
        }
        sb_putc(&out, '\n');
        if (k == TOK_PY_YYerror && seen.n_errors == 0) {
            fail("the lexer gave an error token without a diagnostic");
        }
        if (k == 0 || k == TOK_PY_YYerror) {
            break;
        }
    }
    sb_free(&out);
    unit_fini(&u);
}

// What `mpyc --syntax-only` and `mpyc --dump=ast` do with a file. With fail_at >= 0, the
// arena allocation of that number (counted after unit_init) fails. Returns the number of arena
// allocations made after unit_init.
static long parse_and_check(const uint8_t *data, size_t size, long fail_at) {
    diag_count seen = {0};
    comp_unit u;
    if (!unit_init(&u, "fuzz.py", (const char *)data, size, NULL, count_diag, &seen)) {
        unit_fini(&u);
        return 0;
    }
    arena_fail_after(&u.arena, fail_at >= 0 ? fail_at : LONG_MAX);
    bool ok = unit_parse(&u) && unit_check(&u);
    long n_allocs = fail_at >= 0 ? 0 : LONG_MAX - u.arena.fail_after;
    if (!ok && seen.n_errors == 0) {
        fail("the input was rejected without a diagnostic");
    }
    if (ok) {
        strbuf out;
        sb_init(&out);
        ast_dump(&u, u.tree, &out);
        sb_free(&out);
    }
    unit_fini(&u);
    return n_allocs;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    dump_tokens(data, size);
    long n_allocs = parse_and_check(data, size, -1);
    // FNV-1a of the input picks the allocation that fails.
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < size; i++) {
        h = (h ^ data[i]) * 16777619u;
    }
    parse_and_check(data, size, (long)(h % ((uint32_t)n_allocs + 1)));
    return 0;
}
