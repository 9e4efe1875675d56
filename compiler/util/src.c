// Source files: normalised text and the lazily built line table.
#include "src.h"

#include <string.h>

bool src_init(src_file *f, arena *a, const char *name, const char *bytes, size_t len) {
    memset(f, 0, sizeof(*f));
    f->name = name;
    if (len >= SRC_MAX_BYTES) {
        return false;
    }
    char *t = arena_alloc(a, len + 1);
    if (!t) {
        return false;
    }
    // Runs without '\r' are copied whole; most files have none at all.
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        const char *cr = memchr(bytes + i, '\r', len - i);
        size_t run = cr ? (size_t)(cr - (bytes + i)) : len - i;
        memcpy(t + n, bytes + i, run);
        n += run;
        i += run;
        if (cr) {
            t[n++] = '\n';
            i += i + 1 < len && bytes[i + 1] == '\n' ? 2 : 1;
        }
    }
    t[n] = '\0';
    f->text = t;
    f->n_text = (uint32_t)n;
    return true;
}

static bool build_lines(src_file *f, arena *a) {
    const char *text = f->text, *end = text + f->n_text;
    uint32_t n = 1;
    for (const char *p = text; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
        n++;
    }
    uint32_t *ls = ARENA_ARRAY(a, uint32_t, n);
    if (!ls) {
        return false;
    }
    uint32_t k = 0;
    ls[k++] = 0;
    for (const char *p = text; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
        ls[k++] = (uint32_t)(p - text) + 1;
    }
    f->line_starts = ls;
    f->n_lines = n;
    return true;
}

// Whether off lies on 0-based line i.
static bool on_line(const src_file *f, uint32_t i, uint32_t off) {
    return i < f->n_lines && f->line_starts[i] <= off &&
           (i + 1 == f->n_lines || off < f->line_starts[i + 1]);
}

uint32_t src_line(src_file *f, arena *a, uint32_t off) {
    if (!f->line_starts && !build_lines(f, a)) {
        return 1;
    }
    if (on_line(f, f->last_line, off)) {
        return f->last_line + 1;
    }
    if (on_line(f, f->last_line + 1, off)) {
        return ++f->last_line + 1;
    }
    uint32_t lo = 0, hi = f->n_lines; // invariant: line_starts[lo] <= off < line_starts[hi]
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (f->line_starts[mid] <= off) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    f->last_line = lo;
    return lo + 1;
}

src_pos src_position(src_file *f, arena *a, uint32_t off) {
    if (off > f->n_text) {
        off = f->n_text;
    }
    src_pos p = {src_line(f, a, off), 1};
    uint32_t start = f->line_starts ? f->line_starts[p.line - 1] : 0;
    uint32_t col = 0;
    for (uint32_t i = start; i < off; i++) {
        unsigned char c = (unsigned char)f->text[i];
        if (c == '\t') {
            col = (col / 8 + 1) * 8;
        } else if ((c & 0xc0) != 0x80) {
            col++;
        }
    }
    p.col = col + 1;
    return p;
}

const char *src_line_text(src_file *f, arena *a, uint32_t off, uint32_t *len) {
    if (off > f->n_text) {
        off = f->n_text;
    }
    uint32_t line = src_line(f, a, off);
    uint32_t start = f->line_starts ? f->line_starts[line - 1] : 0;
    uint32_t end = start;
    while (end < f->n_text && f->text[end] != '\n') {
        end++;
    }
    *len = end - start;
    return f->text + start;
}

src_span src_join(src_span a, src_span b) {
    uint32_t lo = a.off < b.off ? a.off : b.off;
    uint32_t ahi = a.off + a.len, bhi = b.off + b.len;
    uint32_t hi = ahi > bhi ? ahi : bhi;
    return (src_span){lo, hi - lo};
}
