// Front-end test helpers: a comp_unit per call, diagnostics captured into a strbuf.
#include "front_helpers.h"

#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "lex/lex.h"
#include "parse/ast.h"
#include "parse/parse.h"
#include "unit.h"
#include "util/strbuf.h"

static void collect(void *ctx, diag_severity sev, const char *text) {
    (void)sev;
    sb_puts(ctx, text);
}

static char *take(strbuf *sb) {
    char *s = sb->buf ? sb->buf : strdup("");
    sb->buf = NULL;
    return s;
}

char *front_tokens(const char *src) {
    strbuf out, errs;
    sb_init(&out);
    sb_init(&errs);
    comp_unit u;
    if (!unit_init(&u, "t.py", src, strlen(src), NULL, collect, &errs)) {
        unit_fini(&u);
        sb_free(&errs);
        return NULL;
    }
    lex_state *lx = lex_new(&u);
    for (int guard = 0; lx && guard < 100000; guard++) {
        lex_token t;
        int k = lex_next(lx, &t);
        if (k == 0) {
            break;
        }
        if (out.len) {
            sb_putc(&out, ' ');
        }
        switch (k) {
            case TOK_NAME:
                sb_printf(&out, "NAME:%s", intern_str(&u.names, t.v.name));
                break;
            case TOK_NUMBER:
                sb_printf(&out, "NUMBER:%.*s", (int)t.span.len, u.src.text + t.span.off);
                break;
            case TOK_STRING:
            case TOK_BYTES:
                sb_puts(&out, k == TOK_BYTES ? "BYTES:'" : "STRING:'");
                sb_put_escaped(&out, t.v.str->bytes, t.v.str->len, '\'', k == TOK_BYTES);
                sb_putc(&out, '\'');
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
                sb_puts(&out, parse_token_name(k));
                break;
        }
        if (k == TOK_PY_YYerror) {
            break;
        }
    }
    unit_fini(&u);
    sb_free(&errs);
    return take(&out);
}

static char *run(const char *src, size_t len, bool want_ast) {
    strbuf out, errs;
    sb_init(&out);
    sb_init(&errs);
    comp_unit u;
    if (unit_init(&u, "t.py", src, len, NULL, collect, &errs)) {
        if (unit_parse(&u) && unit_check(&u) && want_ast) {
            ast_dump(&u, u.tree, &out);
        }
    }
    unit_fini(&u);
    if (want_ast) {
        sb_free(&errs);
        return take(&out);
    }
    sb_free(&out);
    return take(&errs);
}

char *front_ast(const char *src) {
    return run(src, strlen(src), true);
}

char *front_errors(const char *src) {
    return run(src, strlen(src), false);
}

char *front_errors_n(const char *src, size_t len) {
    return run(src, len, false);
}

char *front_first_error(const char *src) {
    char *all = front_errors(src);
    if (!*all) {
        return all;
    }
    // "t.py:L:C: error: msg\n..." -> "L:C: msg"
    char *p = all + strlen("t.py:");
    char *nl = strchr(p, '\n');
    if (nl) {
        *nl = '\0';
    }
    // The first diagnostic, error or warning.
    char *sev = strstr(p, ": error: ");
    size_t skip = strlen(": error: ");
    if (!sev) {
        sev = strstr(p, ": warning: ");
        skip = strlen(": warning: ");
    }
    if (sev) {
        memmove(sev + 2, sev + skip, strlen(sev + skip) + 1);
    }
    char *r = strdup(p);
    free(all);
    return r;
}
