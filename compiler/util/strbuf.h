// A growable text buffer on the heap, for dumps and listings that the caller prints.
// Out of memory makes it sticky-failed: later appends do nothing and sb->failed is set.
#ifndef MPYC_UTIL_STRBUF_H
#define MPYC_UTIL_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

typedef struct strbuf {
    char *buf; // NUL-terminated when len > 0
    size_t len, cap;
    bool failed;
} strbuf;

void sb_init(strbuf *sb);
void sb_free(strbuf *sb);
void sb_putc(strbuf *sb, char c);
void sb_puts(strbuf *sb, const char *s);
void sb_putn(strbuf *sb, const char *s, size_t n);
void sb_printf(strbuf *sb, const char *fmt, ...) PRINTF_LIKE(2, 3);
// Appends bytes as a Python string literal body would show them (repr-style escapes, no quotes).
void sb_put_escaped(strbuf *sb, const char *s, size_t n, char quote, bool is_bytes);

#endif
