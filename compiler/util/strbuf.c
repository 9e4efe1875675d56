// Growable text buffer.
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sb_init(strbuf *sb) {
    memset(sb, 0, sizeof(*sb));
}

void sb_free(strbuf *sb) {
    free(sb->buf);
    sb_init(sb);
}

static bool reserve(strbuf *sb, size_t extra) {
    if (sb->failed) {
        return false;
    }
    if (sb->len + extra + 1 <= sb->cap) {
        return true;
    }
    size_t cap = sb->cap ? sb->cap : 256;
    while (cap < sb->len + extra + 1) {
        cap *= 2;
    }
    char *p = realloc(sb->buf, cap);
    if (!p) {
        sb->failed = true;
        return false;
    }
    sb->buf = p;
    sb->cap = cap;
    return true;
}

void sb_putn(strbuf *sb, const char *s, size_t n) {
    if (!reserve(sb, n)) {
        return;
    }
    memcpy(sb->buf + sb->len, s, n);
    sb->len += n;
    sb->buf[sb->len] = '\0';
}

void sb_putc(strbuf *sb, char c) {
    sb_putn(sb, &c, 1);
}

void sb_puts(strbuf *sb, const char *s) {
    sb_putn(sb, s, strlen(s));
}

void sb_printf(strbuf *sb, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !reserve(sb, (size_t)n)) {
        return;
    }
    va_start(ap, fmt);
    vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
}

void sb_put_escaped(strbuf *sb, const char *s, size_t n, char quote, bool is_bytes) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
            case '\\':
                sb_puts(sb, "\\\\");
                break;
            case '\n':
                sb_puts(sb, "\\n");
                break;
            case '\r':
                sb_puts(sb, "\\r");
                break;
            case '\t':
                sb_puts(sb, "\\t");
                break;
            default:
                if (c == (unsigned char)quote) {
                    sb_putc(sb, '\\');
                    sb_putc(sb, (char)c);
                } else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
                    sb_printf(sb, "\\x%02x", c);
                } else {
                    sb_putc(sb, (char)c);
                }
        }
    }
}
