// Diagnostic formatting: location, message, verbatim source line, caret line that copies tabs.
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

enum { MSG_MAX = 512, TEXT_MAX = 8192, LINE_SHOW_MAX = 1000 };

static const char *const sev_names[] = {"error", "warning", "note"};

void diag_init(diag *d, src_file *src, arena *a, diag_fn fn, void *ctx) {
    memset(d, 0, sizeof(*d));
    d->src = src;
    d->arena = a;
    d->fn = fn;
    d->fn_ctx = ctx;
    d->max_errors = 20;
}

// Appends printf output to buf at *n, never past cap (the text is cut, still terminated).
static void put(char *buf, size_t cap, size_t *n, const char *fmt, ...) PRINTF_LIKE(4, 5);
static void put(char *buf, size_t cap, size_t *n, const char *fmt, ...) {
    if (*n >= cap - 1) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(buf + *n, cap - *n, fmt, ap);
    va_end(ap);
    if (k > 0) {
        *n += (size_t)k < cap - *n ? (size_t)k : cap - *n - 1;
    }
}

static void emit(diag *d, diag_severity sev, src_span sp, const char *fmt, va_list ap) {
    char msg[MSG_MAX];
    vsnprintf(msg, sizeof msg, fmt, ap);
    char text[TEXT_MAX];
    size_t n = 0;
    src_pos p = src_position(d->src, d->arena, sp.off);
    put(text, sizeof text, &n, "%s:%u:%u: %s: %s\n", d->src->name, p.line, p.col, sev_names[sev],
        msg);

    uint32_t line_len;
    const char *line = src_line_text(d->src, d->arena, sp.off, &line_len);
    uint32_t col_off = sp.off - (uint32_t)(line - d->src->text);
    if (line_len <= LINE_SHOW_MAX && col_off <= line_len) {
        // The source line, with NULs (which would cut the text) shown as spaces.
        size_t start = n;
        put(text, sizeof text, &n, "%.*s\n", (int)line_len, line);
        for (size_t i = start; i < n; i++) {
            if (text[i] == '\0') {
                text[i] = ' ';
            }
        }
        // Caret: tabs copied, one space per other code point, then ^ and ~ over the span.
        for (uint32_t i = 0; i < col_off && n < sizeof text - 2; i++) {
            unsigned char c = (unsigned char)line[i];
            if (c == '\t') {
                text[n++] = '\t';
            } else if ((c & 0xc0) != 0x80) {
                text[n++] = ' ';
            }
        }
        put(text, sizeof text, &n, "^");
        uint32_t end = sp.off + sp.len - (uint32_t)(line - d->src->text);
        if (end > line_len) {
            end = line_len;
        }
        for (uint32_t i = col_off + 1; i < end && n < sizeof text - 2; i++) {
            if (((unsigned char)line[i] & 0xc0) != 0x80) {
                text[n++] = '~';
            }
        }
        put(text, sizeof text, &n, "\n");
    }
    text[n] = '\0';
    if (d->fn) {
        d->fn(d->fn_ctx, sev, text);
    }
}

void diag_error(diag *d, src_span sp, const char *fmt, ...) {
    d->last_shown = false;
    if (sp.off >= d->quiet_lo && sp.off < d->quiet_hi) {
        return;
    }
    d->n_errors++;
    if (d->n_errors > d->max_errors) {
        if (!d->too_many) {
            d->too_many = true;
            if (d->fn) {
                char text[MSG_MAX];
                snprintf(text, sizeof text, "%s: error: too many errors, stopping\n", d->src->name);
                d->fn(d->fn_ctx, DIAG_ERROR, text);
            }
        }
        return;
    }
    d->last_shown = true;
    va_list ap;
    va_start(ap, fmt);
    emit(d, DIAG_ERROR, sp, fmt, ap);
    va_end(ap);
}

void diag_warn(diag *d, src_span sp, const char *fmt, ...) {
    d->n_warnings++;
    d->last_shown = !d->too_many;
    if (!d->last_shown) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    emit(d, DIAG_WARNING, sp, fmt, ap);
    va_end(ap);
}

void diag_note(diag *d, src_span sp, const char *fmt, ...) {
    if (!d->last_shown) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    emit(d, DIAG_NOTE, sp, fmt, ap);
    va_end(ap);
}

void diag_quiet(diag *d, src_span sp) {
    d->quiet_lo = sp.off;
    d->quiet_hi = sp.off + (sp.len ? sp.len : 1);
}

void diag_plain(diag_fn fn, void *ctx, const char *file, const char *fmt, ...) {
    char msg[MSG_MAX], text[MSG_MAX + 256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(text, sizeof text, "%s: error: %s\n", file, msg);
    if (fn) {
        fn(ctx, DIAG_ERROR, text);
    }
}
