// The compile helpers of compile_helpers.h.
#include "compile_helpers.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "util/strbuf.h"

void compile_opts_init(compile_opts *o) {
    memset(o, 0, sizeof *o);
    o->comp = COMP_DEFAULT_OPTIONS;
    o->fail_after = -1;
}

void compile_opts_from_source(compile_opts *o, const char *src) {
    const char *p = strstr(src, "# mpy-cross: ");
    if (!p) {
        return;
    }
    p += strlen("# mpy-cross: ");
    while (*p && *p != '\n') {
        while (*p == ' ') {
            p++;
        }
        const char *w = p;
        while (*p && *p != ' ' && *p != '\n') {
            p++;
        }
        size_t n = (size_t)(p - w);
        if (n >= 2 && w[0] == '-' && w[1] == 'O') {
            if (n == 3 && w[2] >= '0' && w[2] <= '9') {
                o->opt_level = w[2] - '0';
            } else {
                o->opt_level = (int)n - 1;
            }
        } else if (n > 17 && strncmp(w, "-msmall-int-bits=", 17) == 0) {
            o->comp.small_int_bits = (uint8_t)atoi(w + 17);
        } else if (n == 15 && strncmp(w, "no-source-lines", 15) == 0) {
            o->comp.no_lines = true;
        }
    }
}

static void collect(void *ctx, diag_severity sev, const char *text) {
    (void)sev;
    sb_puts(ctx, text);
}

compiled compile_source(const char *name, const char *src, size_t len, const compile_opts *o) {
    compiled r = {0};
    strbuf diags;
    sb_init(&diags);
    unit_options uo = {.opt_level = o->opt_level};
    comp_unit u;
    if (unit_init(&u, name, src, len, &uo, collect, &diags)) {
        // Allocations are counted from here; one of them fails when fail_after >= 0.
        arena_fail_after(&u.arena, o->fail_after >= 0 ? o->fail_after : LONG_MAX);
        if (unit_parse(&u) && unit_check(&u)) {
            const uint8_t *out;
            size_t out_len;
            if (comp_module(&u, &o->comp, &out, &out_len)) {
                r.bytes = malloc(out_len ? out_len : 1);
                if (r.bytes) {
                    memcpy(r.bytes, out, out_len);
                    r.len = out_len;
                    r.ok = true;
                }
            }
        }
    }
    r.n_allocs = o->fail_after >= 0 ? -1 : LONG_MAX - u.arena.fail_after;
    unit_fini(&u);
    r.diags = diags.buf ? diags.buf : calloc(1, 1);
    return r;
}

void compiled_free(compiled *c) {
    free(c->bytes);
    free(c->diags);
    c->bytes = NULL;
    c->diags = NULL;
}

char *read_whole_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            break;
        }
        cap *= 2;
        char *p = realloc(buf, cap + 1);
        if (!p) {
            free(buf);
            buf = NULL;
        }
        buf = p;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

char *bytes_diff(const uint8_t *got, size_t got_len, const uint8_t *want, size_t want_len) {
    size_t i = 0;
    while (i < got_len && i < want_len && got[i] == want[i]) {
        i++;
    }
    char *msg = malloc(256);
    if (!msg) {
        return NULL;
    }
    if (i == got_len && i == want_len) {
        msg[0] = '\0';
    } else {
        snprintf(msg, 256, "first difference at byte %zu (got %zu bytes, want %zu): %02x vs %02x",
                 i, got_len, want_len, i < got_len ? got[i] : 0, i < want_len ? want[i] : 0);
    }
    return msg;
}
