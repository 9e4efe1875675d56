// Unicode in source text: UTF-8 decoding with the error details Python's decoder gives, and
// the identifier rules CPython applies to names with non-ASCII characters (XID_Start first,
// XID_Continue after; anything else is an "invalid character"). Only the rare non-ASCII path
// comes here; ASCII names never do.
#include <stdio.h>

#include "grammar.h"
#include "lex_internal.h"
#include "lex_uni_tables.h"

#define N_RANGES(t) (sizeof(t) / sizeof((t)[0]))

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < r[mid][0]) {
            hi = mid;
        } else if (cp > r[mid][1]) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

static bool is_id_start(uint32_t cp) {
    return cp < 0x80 ? (cp | 0x20) - 'a' < 26 || cp == '_'
                     : in_ranges(xid_start, N_RANGES(xid_start), cp);
}

static bool is_id_continue(uint32_t cp) {
    return cp < 0x80 ? is_id_start(cp) || (cp >= '0' && cp <= '9')
                     : in_ranges(xid_continue, N_RANGES(xid_continue), cp);
}

static bool is_printable(uint32_t cp) {
    return cp < 0x80 ? cp >= 0x20 && cp < 0x7f
                     : !in_ranges(non_printable, N_RANGES(non_printable), cp);
}

lex_utf8 lex_utf8_decode(const char *s, const char *lim) {
    const unsigned char *p = (const unsigned char *)s;
    lex_utf8 r = {0, 0, 0, NULL};
    unsigned c = p[0];
    if (c < 0x80) {
        r.cp = c;
        r.len = 1;
        return r;
    }
    int n;
    unsigned lo = 0x80, hi = 0xbf; // range of the second byte
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        r.cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        r.cp = c & 0x0f;
        lo = c == 0xe0 ? 0xa0 : 0x80;
        hi = c == 0xed ? 0x9f : 0xbf;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        r.cp = c & 0x07;
        lo = c == 0xf0 ? 0x90 : 0x80;
        hi = c == 0xf4 ? 0x8f : 0xbf;
    } else {
        r.n_ok = 1;
        r.reason = "invalid start byte";
        return r;
    }
    for (int i = 1; i < n; i++) {
        if ((const char *)p + i >= lim) {
            r.n_ok = i;
            r.reason = "unexpected end of data";
            return r;
        }
        unsigned b = p[i];
        if (b < lo || b > hi) {
            r.n_ok = i;
            r.reason = "invalid continuation byte";
            return r;
        }
        lo = 0x80;
        hi = 0xbf;
        r.cp = (r.cp << 6) | (b & 0x3f);
    }
    r.len = n;
    return r;
}

int lex_utf8_message(char *buf, size_t size, const char *at, const lex_utf8 *d, long pos) {
    if (d->n_ok <= 1) {
        return snprintf(
            buf, size, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %ld: %s",
            (unsigned char)*at, pos, d->reason);
    }
    return snprintf(buf, size,
                    "(unicode error) 'utf-8' codec can't decode bytes in position %ld-%ld: %s", pos,
                    pos + d->n_ok - 1, d->reason);
}

int lex_name_unicode(lex_state *lx, lex_token *tok) {
    const char *start = lx->tok, *end = lx->cur;
    for (const char *p = start; p < end;) {
        lex_utf8 d = lex_utf8_decode(p, end);
        if (!d.len) {
            // CPython counts the position from the start of the line.
            const char *line = p;
            while (line > lx->base && line[-1] != '\n') {
                line--;
            }
            char msg[200];
            lex_utf8_message(msg, sizeof msg, p, &d, (long)(p - line));
            lx->cur = end;
            return lex_error(lx, tok, lex_span(lx, p, p + 1), "%s", msg);
        }
        bool ok = p == start ? is_id_start(d.cp) : is_id_continue(d.cp);
        if (!ok) {
            lx->cur = end;
            if (is_printable(d.cp)) {
                return lex_error(lx, tok, lex_span(lx, p, p + d.len),
                                 "invalid character '%.*s' (U+%04X)", d.len, p, (unsigned)d.cp);
            }
            return lex_error(lx, tok, lex_span(lx, p, p + d.len),
                             "invalid non-printable character U+%04X", (unsigned)d.cp);
        }
        p += d.len;
    }
    tok->v.name = intern_add(&lx->u->names, start, (size_t)(end - start));
    if (!tok->v.name) {
        return lex_error(lx, tok, lex_span(lx, start, end), "out of memory");
    }
    tok->kind = TOK_NAME;
    tok->span = lex_span(lx, start, end);
    return TOK_NAME;
}
