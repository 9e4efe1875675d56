// Helpers of the unit_float tests (float_test.h).
#include "float_test.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void text_write(void *ctx, const char *s, size_t n) {
    text_buf *t = ctx;
    size_t room = sizeof t->buf - 1 - t->len;
    if (n > room) {
        n = room;
        t->overflow = true;
    }
    memcpy(t->buf + t->len, s, n);
    t->len += n;
    t->buf[t->len] = '\0';
}

rt_fmt_sink_t text_sink(text_buf *t) {
    t->len = 0;
    t->buf[0] = '\0';
    t->overflow = false;
    return (rt_fmt_sink_t){text_write, t};
}

// The whole file, NUL-terminated, or NULL when it cannot be read.
static char *read_file(const char *name, size_t *len) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", FLOAT_GOLDEN_DIR, name);
    FILE *f = fopen(path, "rb");
    if (!f) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)size + 1);
    cr_assert(data != NULL);
    cr_assert(fread(data, 1, (size_t)size, f) == (size_t)size);
    fclose(f);
    data[size] = '\0';
    *len = (size_t)size;
    return data;
}

// Splits data into lines in place; returns them (malloc'd) and their number.
static char **split_lines(char *data, size_t len, size_t *n_lines) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += data[i] == '\n';
    }
    char **lines = malloc((n + 1) * sizeof *lines);
    cr_assert(lines != NULL);
    *n_lines = 0;
    for (char *p = data; *p;) {
        char *nl = strchr(p, '\n');
        if (nl) {
            *nl = '\0';
        }
        lines[(*n_lines)++] = p;
        if (!nl) {
            break;
        }
        p = nl + 1;
    }
    return lines;
}

void golden_load_plain(golden_file *g, const char *name) {
    size_t len;
    g->data = read_file(name, &len);
    cr_assert(g->data != NULL, "cannot read %s/%s", FLOAT_GOLDEN_DIR, name);
    g->lines = split_lines(g->data, len, &g->n_lines);
    g->overlay = NULL;
}

void golden_load(golden_file *g, const char *name) {
    golden_load_plain(g, name);
#ifdef FLOAT_GOLDEN_OVERLAY
    size_t len;
    char oname[256];
    snprintf(oname, sizeof oname, "%s%s", FLOAT_GOLDEN_OVERLAY, name);
    g->overlay = read_file(oname, &len);
    cr_assert(g->overlay != NULL, "cannot read %s/%s", FLOAT_GOLDEN_DIR, oname);
    size_t n;
    char **lines = split_lines(g->overlay, len, &n);
    for (size_t i = 0; i < n; i++) {
        char *tab = strchr(lines[i], '\t');
        cr_assert(tab != NULL, "%s line %zu", oname, i + 1);
        unsigned long at = strtoul(lines[i], NULL, 10);
        cr_assert(at >= 1 && at <= g->n_lines, "%s line %zu", oname, i + 1);
        g->lines[at - 1] = tab + 1;
    }
    free(lines);
#endif
}

void golden_free(golden_file *g) {
    free(g->lines);
    free(g->data);
    free(g->overlay);
}

size_t golden_fields(char *line, char **fields, size_t max) {
    size_t n = 0;
    while (n < max) {
        fields[n++] = line;
        char *tab = strchr(line, '\t');
        if (!tab) {
            break;
        }
        *tab = '\0';
        line = tab + 1;
    }
    return n;
}

double bits_to_double(uint64_t bits) {
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

uint64_t double_to_bits(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

uint64_t parse_hex64(const char *s) {
    return strtoull(s, NULL, 16);
}

size_t unescape(const char *s, char *out) {
    size_t n = 0;
    while (*s) {
        if (s[0] == '\\' && s[1] == 'x') {
            char hex[3] = {s[2], s[3], 0};
            out[n++] = (char)strtol(hex, NULL, 16);
            s += 4;
        } else {
            out[n++] = *s++;
        }
    }
    out[n] = '\0';
    return n;
}

void report_mismatch(size_t *n_bad, const char *what, const char *input, const char *want,
                     const char *got) {
    if (++*n_bad <= 20) {
        cr_expect(false, "%s of %s: stock gives '%s', we give '%s'", what, input, want, got);
    }
}
