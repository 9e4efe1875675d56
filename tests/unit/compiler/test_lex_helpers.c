// Lexer test helpers: a unit per call, the lexer driven alone, tokens and diagnostics as text.
#include "test_lex_helpers.h"

#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "lex/lex.h"
#include "parse/parse.h"
#include "unit.h"
#include "util/strbuf.h"

const lex_token_case lex_token_cases[] = {
#define LEX_TOKEN_CASES
#include "lex_cases.inc"
#undef LEX_TOKEN_CASES
};
const size_t N_LEX_TOKEN_CASES = sizeof lex_token_cases / sizeof lex_token_cases[0];

typedef struct errs {
    strbuf text;
    int n_oom;
} errs;

static void collect(void *ctx, diag_severity sev, const char *text) {
    errs *e = ctx;
    (void)sev;
    sb_puts(&e->text, text);
    e->n_oom += strstr(text, "out of memory") != NULL;
}

static char *take(strbuf *sb) {
    char *s = sb->buf ? sb->buf : strdup("");
    sb->buf = NULL;
    sb_free(sb);
    return s;
}

// Keywords and operators as written: the parser's name without its quotes.
static void put_kind(strbuf *out, int k) {
    if (k < 256) {
        sb_putc(out, (char)k);
        return;
    }
    const char *n = parse_token_name(k);
    size_t len = strlen(n);
    if (len >= 2 && n[0] == '"' && n[len - 1] == '"') {
        n++;
        len -= 2;
    }
    if (len >= 2 && n[0] == '\'' && n[len - 1] == '\'') {
        n++;
        len -= 2;
    }
    sb_putn(out, n, len);
}

static void put_number(strbuf *out, const comp_unit *u, src_span sp) {
    const char *t = u->src.text + sp.off;
    bool hex = sp.len > 1 && t[0] == '0' && (t[1] | 0x20) == 'x';
    for (uint32_t i = 0; i < sp.len; i++) {
        char c = t[i];
        if (c != '_') {
            sb_putc(out, c == 'E' && !hex ? 'e' : c);
        }
    }
}

static char *dump(const char *src, size_t len, int opt_level, bool spans) {
    strbuf out;
    errs e = {{0}, 0};
    sb_init(&out);
    sb_init(&e.text);
    comp_unit u;
    unit_options opts = {opt_level};
    if (unit_init(&u, "t.py", src, len, &opts, collect, &e)) {
        lex_state *lx = lex_new(&u);
        for (long guard = 0; lx && guard < 10 * (long)len + 100; guard++) {
            lex_token t;
            int k = lex_next(lx, &t);
            if (k == 0) {
                break;
            }
            if (out.len) {
                sb_putc(&out, ' ');
            }
            if (spans) {
                src_pos p = src_position(&u.src, &u.arena, t.span.off);
                sb_printf(&out, "%u:%u ", p.line, p.col);
            }
            switch (k) {
                case TOK_NAME:
                    sb_printf(&out, "NAME:%s", intern_str(&u.names, t.v.name));
                    break;
                case TOK_NUMBER:
                    sb_puts(&out, "NUMBER");
                    if (!spans) {
                        sb_putc(&out, ':');
                        put_number(&out, &u, t.span);
                    }
                    break;
                case TOK_STRING:
                case TOK_BYTES:
                    sb_puts(&out, k == TOK_BYTES ? "BYTES" : "STRING");
                    if (!spans) {
                        sb_puts(&out, ":'");
                        sb_put_escaped(&out, t.v.str->bytes, t.v.str->len, '\'', k == TOK_BYTES);
                        sb_putc(&out, '\'');
                    }
                    break;
                case TOK_NEWLINE:
                    sb_puts(&out, "NEWLINE");
                    break;
                case TOK_INDENT:
                    sb_puts(&out, "INDENT");
                    break;
                case TOK_DEDENT:
                    sb_puts(&out, "DEDENT");
                    break;
                case TOK_PY_YYerror:
                    sb_puts(&out, "ERROR");
                    break;
                default:
                    put_kind(&out, k);
                    break;
            }
        }
    }
    unit_fini(&u);
    sb_free(&e.text);
    return take(&out);
}

char *lex_dump(const char *src, size_t len, int opt_level) {
    return dump(src, len, opt_level, false);
}

char *lex_spans(const char *src, size_t len) {
    return dump(src, len, 0, true);
}

char *lex_first_error(const char *src, size_t len, int opt_level) {
    errs e = {{0}, 0};
    sb_init(&e.text);
    comp_unit u;
    unit_options opts = {opt_level};
    if (unit_init(&u, "t.py", src, len, &opts, collect, &e)) {
        lex_state *lx = lex_new(&u);
        for (long guard = 0; lx && guard < 10 * (long)len + 100; guard++) {
            lex_token t;
            if (lex_next(lx, &t) == 0 || e.text.len) {
                break;
            }
        }
    }
    unit_fini(&u);
    char *all = take(&e.text);
    if (!*all) {
        return all;
    }
    // "t.py:L:C: error: msg\n..." -> "L:C: msg"
    char *p = all + strlen("t.py:");
    char *nl = strchr(p, '\n');
    if (nl) {
        *nl = '\0';
    }
    char *sev = strstr(p, ": error: ");
    if (sev) {
        memmove(sev + 2, sev + strlen(": error: "), strlen(sev + strlen(": error: ")) + 1);
    }
    char *r = strdup(p);
    free(all);
    return r;
}

static lex_stats run(const char *src, size_t len, long fail_after) {
    lex_stats st = {0, 0, false, false};
    errs e = {{0}, 0};
    sb_init(&e.text);
    comp_unit u;
    unit_options opts = {0};
    if (unit_init(&u, "t.py", src, len, &opts, collect, &e)) {
        u.diag.max_errors = 1000000;
        if (fail_after >= 0) {
            arena_fail_after(&u.arena, fail_after);
        }
        lex_state *lx = lex_new(&u);
        if (!lx) {
            st.reached_eof = true;
            st.saw_oom = true;
        }
        // Every token consumes input or belongs to a bounded run (DEDENTs, the end).
        for (long guard = 0; lx && guard < 4 * (long)len + 200; guard++) {
            lex_token t;
            int k = lex_next(lx, &t);
            if (k == 0) {
                st.reached_eof = true;
                break;
            }
            st.n_tokens++;
            st.n_errors += k == TOK_PY_YYerror;
        }
    }
    unit_fini(&u);
    st.saw_oom |= e.n_oom > 0;
    sb_free(&e.text);
    return st;
}

lex_stats lex_run(const char *src, size_t len) {
    return run(src, len, -1);
}

lex_stats lex_run_failing(const char *src, size_t len, long n) {
    return run(src, len, n);
}
