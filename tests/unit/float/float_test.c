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

void golden_load(golden_file *g, const char *name) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", FLOAT_GOLDEN_DIR, name);
    FILE *f = fopen(path, "rb");
    cr_assert(f != NULL, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    g->data = malloc((size_t)size + 1);
    cr_assert(g->data != NULL);
    cr_assert(fread(g->data, 1, (size_t)size, f) == (size_t)size);
    fclose(f);
    g->data[size] = '\0';
    size_t n = 0;
    for (long i = 0; i < size; i++) {
        n += g->data[i] == '\n';
    }
    g->lines = malloc((n + 1) * sizeof *g->lines);
    cr_assert(g->lines != NULL);
    g->n_lines = 0;
    for (char *p = g->data; *p;) {
        char *nl = strchr(p, '\n');
        if (nl) {
            *nl = '\0';
        }
        g->lines[g->n_lines++] = p;
        if (!nl) {
            break;
        }
        p = nl + 1;
    }
}

void golden_free(golden_file *g) {
    free(g->lines);
    free(g->data);
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
