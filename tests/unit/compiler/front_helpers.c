// Front-end test helpers: a comp_unit per call, diagnostics captured into a strbuf.
#include "front_helpers.h"

#include <stdlib.h>
#include <string.h>

#include "parse/ast.h"
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
