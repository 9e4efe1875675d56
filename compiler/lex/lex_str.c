// String and bytes literals: prefixes, quotes, escapes, concatenation of adjacent literals into
// one token, and the f-string rewrite MicroPython's lexer performs (the literal becomes a
// str.format template and the fields' expressions become the injected text `.format(...)`,
// lexed next from an arena buffer). Decoded bytes go to the unit's arena.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "grammar.h"
#include "lex_internal.h"

// One literal of a concatenation.
typedef struct lit {
    bool raw, bytes, f, t;
    char quote;
    bool triple;
    const char *start; // first byte of the prefix
} lit;

// The state of one string token being built.
typedef struct sstate {
    lex_state *lx;
    lex_token *tok;
    bool failed; // an error was reported (the token becomes YYerror)
    src_span err_span;
    bool has_pend; // an escape error in the current literal, reported at its end
    char pend[200];
} sstate;

static void fail(sstate *st, src_span sp, const char *fmt, ...) PRINTF_LIKE(3, 4);
static void fail(sstate *st, src_span sp, const char *fmt, ...) {
    if (st->failed) {
        return;
    }
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    st->failed = true;
    st->err_span = sp;
    lex_error(st->lx, st->tok, sp, "%s", msg);
}

// Escape errors are located at the end of their literal, as CPython locates them.
static void defer(sstate *st, const char *fmt, ...) PRINTF_LIKE(2, 3);
static void defer(sstate *st, const char *fmt, ...) {
    if (st->has_pend) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->pend, sizeof st->pend, fmt, ap);
    va_end(ap);
    st->has_pend = true;
}

static bool put(sstate *st, lex_buf *b, const char *s, size_t n) {
    if (!lex_buf_reserve(st->lx, b, n + 1)) {
        fail(st, lex_span(st->lx, st->lx->tok, st->lx->tok + 1), "out of memory");
        return false;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += (uint32_t)n;
    return true;
}

static bool putc1(sstate *st, lex_buf *b, char c) {
    if (b->len < b->cap) {
        b->buf[b->len++] = c;
        return true;
    }
    return put(st, b, &c, 1);
}

static void put_utf8(sstate *st, lex_buf *b, uint32_t cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xc0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3f));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xe0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (char)(0x80 | (cp & 0x3f));
        n = 3;
    } else {
        u[0] = (char)(0xf0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[3] = (char)(0x80 | (cp & 0x3f));
        n = 4;
    }
    put(st, b, u, n);
}

static bool add_seg(sstate *st, uint32_t buf_off, uint32_t src_off, uint32_t len) {
    lex_state *lx = st->lx;
    if (lx->n_segs == lx->cap_segs) {
        uint32_t cap = lx->cap_segs ? lx->cap_segs * 2 : 16;
        lex_seg *s = arena_grow(&lx->u->arena, lx->segs, lx->cap_segs * sizeof(lex_seg),
                                cap * sizeof(lex_seg));
        if (!s) {
            fail(st, lex_span(lx, lx->tok, lx->tok + 1), "out of memory");
            return false;
        }
        lx->segs = s;
        lx->cap_segs = cap;
    }
    lx->segs[lx->n_segs++] = (lex_seg){buf_off, src_off, len};
    return true;
}

// Prefix letters before the quote (the scanner matched a valid shape).
static lit read_prefix(const char *p) {
    lit L = {0};
    L.start = p;
    while (*p != '\'' && *p != '"') {
        int c = *p | 0x20;
        L.raw |= c == 'r';
        L.bytes |= c == 'b';
        L.f |= c == 'f';
        L.t |= c == 't';
        p++;
    }
    L.quote = *p;
    L.triple = p[1] == L.quote && p[2] == L.quote;
    return L;
}

bool lex_is_string_start(const char *p) {
    for (int i = 0; i < 3; i++) {
        char c = p[i];
        if (c == '\'' || c == '"') {
            return true;
        }
        int lc = c | 0x20;
        if (i == 2 || !(lc == 'r' || lc == 'u' || lc == 'b' || lc == 'f' || lc == 't')) {
            return false;
        }
        if (i == 1) {
            // Two letters: one of them must be r, and u never pairs.
            int l0 = p[0] | 0x20;
            if (l0 == 'u' || lc == 'u' || (l0 == 'r') == (lc == 'r')) {
                return false;
            }
        }
    }
    return false;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// A backslash escape at p (p[0] == '\\') in a non-raw literal; appends its value and returns the
// byte after it. body is the start of this literal's body (for CPython's positions).
static const char *escape(sstate *st, lex_buf *b, const lit *L, const char *p, const char *body) {
    lex_state *lx = st->lx;
    const char *bs = p;
    char c = p[1];
    p += 2;
    uint32_t v;
    switch (c) {
        case '\n':
            return p;
        case '\\':
            putc1(st, b, '\\');
            return p;
        case '\'':
            putc1(st, b, '\'');
            return p;
        case '"':
            putc1(st, b, '"');
            return p;
        case 'a':
            putc1(st, b, '\a');
            return p;
        case 'b':
            putc1(st, b, '\b');
            return p;
        case 't':
            putc1(st, b, '\t');
            return p;
        case 'n':
            putc1(st, b, '\n');
            return p;
        case 'v':
            putc1(st, b, '\v');
            return p;
        case 'f':
            putc1(st, b, '\f');
            return p;
        case 'r':
            putc1(st, b, '\r');
            return p;
        case 'N': {
            // Also in bytes, where MicroPython rejects it as well.
            const char *e = p;
            if (*e == '{' && !L->bytes) {
                while (e < lx->lim && *e != '}' && *e != L->quote && *e != '\n') {
                    e++;
                }
                e += *e == '}';
            }
            defer(st, "unicode name escapes (\\N{...}) are not supported");
            return e;
        }
        case 'u':
        case 'U':
            if (L->bytes) {
                break;
            }
            // fall through
        case 'x': {
            int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            v = 0;
            int i = 0;
            for (; i < n && hexval((unsigned char)p[i]) >= 0; i++) {
                v = v * 16 + (uint32_t)hexval((unsigned char)p[i]);
            }
            long pos = (long)(bs - body);
            if (i < n) {
                if (L->bytes) {
                    defer(st, "(value error) invalid \\x escape at position %ld", pos);
                } else {
                    defer(st,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%ld-%ld: truncated \\%s escape",
                          pos, pos + 1 + i,
                          c == 'x'   ? "xXX"
                          : c == 'u' ? "uXXXX"
                                     : "UXXXXXXXX");
                }
                return p + i;
            }
            p += n;
            if (L->bytes) {
                putc1(st, b, (char)v);
            } else if (v > 0x10ffff) {
                defer(st,
                      "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                      "%ld-%ld: illegal Unicode character",
                      pos, pos + n + 1);
            } else {
                put_utf8(st, b, v);
            }
            return p;
        }
        default:
            if (c >= '0' && c <= '7') {
                v = (uint32_t)(c - '0');
                for (int i = 0; i < 2 && *p >= '0' && *p <= '7'; i++) {
                    v = v * 8 + (uint32_t)(*p++ - '0');
                }
                if (!L->bytes) {
                    put_utf8(st, b, v);
                } else if (v > 0xff) {
                    defer(st, "(value error) invalid octal escape at position %ld",
                          (long)(bs - body));
                } else {
                    putc1(st, b, (char)v);
                }
                return p;
            }
            break;
    }
    // Not an escape: the backslash stays, and so does the character (even a '{' of an
    // f-string, which then starts no field, as in MicroPython).
    char two[2] = {'\\', c};
    put(st, b, two, 2);
    return p;
}

// The expression of a replacement field at p (just after its '{'), as MicroPython finds it: up
// to ':' or '}' outside [] and {}, or to '!r'/'!s' followed by ':' or '}'. Returns its end.
static const char *field_end(const lex_state *lx, const char *p) {
    int level = 0;
    for (; p < lx->lim; p++) {
        char c = *p;
        if (level == 0 &&
            (c == ':' || c == '}' ||
             (c == '!' && (p[1] == 'r' || p[1] == 's') && (p[2] == ':' || p[2] == '}')))) {
            break;
        }
        if (c == '[' || c == '{') {
            level++;
        } else if ((c == ']' || c == '}') && level > 0) {
            level--;
        }
    }
    return p;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool all_space(const char *p, const char *e) {
    for (; p < e; p++) {
        if (!is_space(*p)) {
            return false;
        }
    }
    return true;
}

// Whether the byte at `at` lies inside a string literal of the expression [p, at): quotes
// pair up as in Python, triple quotes included (a field holds no escapes that matter here).
static bool in_string(const char *p, const char *at) {
    char q = 0;
    bool triple = false;
    while (p < at) {
        bool three = at - p >= 3 && p[1] == p[0] && p[2] == p[0];
        if (!q && (*p == '\'' || *p == '"')) {
            q = *p;
            triple = three;
            p += triple ? 3 : 1;
        } else if (q && *p == q && (!triple || three)) {
            p += triple ? 3 : 1;
            q = 0;
        } else {
            p++;
        }
    }
    return q != 0;
}

// What neither CPython nor MicroPython takes in a replacement field's expression [p, e):
// nothing at all, a conversion other than !r / !s, a lone starred expression. Quotes of the
// literal's own kind and backslashes are fine: MicroPython's lexer takes the field's text up
// to its end whatever it holds, as CPython 3.12 does (PEP 701).
static void check_field(sstate *st, const char *p, const char *e) {
    const char *x = p;
    while (x < e && is_space(*x)) {
        x++;
    }
    if (x == e) {
        defer(st, "f-string: empty expression not allowed");
    } else if (e - p >= 2 && e[-2] == '!' && e[-1] != '=' && !in_string(p, e - 2)) {
        defer(st, "f-string: invalid conversion character: expected 's' or 'r'");
    } else if (*x == '*' && x[1] != '*') {
        // A starred item alone (with a comma it is a tuple, which CPython takes).
        int level = 0;
        for (const char *y = x; y < e; y++) {
            level += *y == '(' || *y == '[' || *y == '{';
            level -= (*y == ')' || *y == ']' || *y == '}') && level > 0;
            if (*y == ',' && level == 0) {
                return;
            }
        }
        defer(st, "f-string: cannot use starred expression here");
    }
}

// Appends the expression [p, e) to the argument list as `(expr` and records where it came
// from; a trailing '=' ({x=}) is moved into the template. Returns whether it was `expr=`.
static bool put_expr(sstate *st, const char *p, const char *e) {
    lex_state *lx = st->lx;
    putc1(st, &lx->args, '(');
    uint32_t n = (uint32_t)(e - p);
    if (n == 0) {
        return false;
    }
    // After a failed allocation (reported by fail()) nothing more is recorded.
    if (!add_seg(st, lx->args.len, lex_span(lx, p, e).off, n) || !put(st, &lx->args, p, n) ||
        p[n - 1] != '=' || !put(st, &lx->str, p, n)) {
        return false;
    }
    lx->args.len--;
    lx->segs[lx->n_segs - 1].len--;
    return true;
}

// Where an unterminated literal is detected: the line of the newline or of the last byte.
static uint32_t detected_line(lex_state *lx, const char *p) {
    uint32_t end = lex_span(lx, p, p).off;
    if (p >= lx->lim && end > 0) {
        end--;
    }
    return lex_line_of(lx, end);
}

// Handles the end of the text or of a line inside a literal; returns true when it ends it.
static bool unterminated(sstate *st, const lit *L, const char *p) {
    lex_state *lx = st->lx;
    if (p < lx->lim && (*p != '\n' || L->triple)) {
        return false;
    }
    st->has_pend = false;
    fail(st, lex_span(lx, L->start, L->start + 1),
         L->triple ? "unterminated triple-quoted string literal (detected at line %u)"
                   : "unterminated string literal (detected at line %u)",
         detected_line(lx, p));
    return true;
}

// Bytes that end a run of plain text in a literal: quotes, backslash, newline, braces, NUL
// (maybe the end) and the bytes of non-ASCII characters (checked as UTF-8).
#define STOP8(c)                                                                           \
    [c] = 1, [c + 1] = 1, [c + 2] = 1, [c + 3] = 1, [c + 4] = 1, [c + 5] = 1, [c + 6] = 1, \
    [c + 7] = 1
#define STOP64(c)                                                                       \
    STOP8(c), STOP8(c + 8), STOP8(c + 16), STOP8(c + 24), STOP8(c + 32), STOP8(c + 40), \
        STOP8(c + 48), STOP8(c + 56)
static const bool stops[256] = {
    [0] = 1,   ['\n'] = 1, ['\''] = 1,   ['"'] = 1,    ['\\'] = 1,
    ['{'] = 1, ['}'] = 1,  STOP64(0x80), STOP64(0xc0),
};
#undef STOP64
#undef STOP8

// The body of one str, bytes or f-string literal from just after its opening quote(s). An
// f-string's fields become `{` + conversion and spec + `}` in the template and `(expr),` in
// the arguments. Returns the byte after the closing quote(s), or where an unterminated literal
// stopped (the error reported).
static const char *body(sstate *st, const lit *L, const char *p) {
    lex_state *lx = st->lx;
    lex_buf *b = &lx->str;
    const char *body_start = p;
    char q = L->quote;
    int fields = 0; // f-string fields open (a spec may hold nested fields)
    for (;;) {
        const char *run = p;
        while (!stops[(unsigned char)*p]) {
            p++;
        }
        if (p > run) {
            put(st, b, run, (size_t)(p - run));
        }
        char c = *p;
        if ((c == '\'' || c == '"') && c != q) {
            putc1(st, b, c);
            p++;
        } else if (c == q) {
            if (!L->triple || (p[1] == q && p[2] == q)) {
                p += L->triple ? 3 : 1;
                break;
            }
            putc1(st, b, c);
            p++;
        } else if ((c == '\n' || c == '\0') && unterminated(st, L, p)) {
            return p;
        } else if (c == '\\' && p + 1 < lx->lim) {
            if (L->raw) {
                put(st, b, p, 2);
                p += 2;
            } else {
                p = escape(st, b, L, p, body_start);
            }
        } else if (c == '{' && L->f) {
            if (p[1] == '{') {
                put(st, b, "{{", 2);
                p += 2;
                continue;
            }
            const char *e = field_end(lx, p + 1);
            check_field(st, p + 1, e);
            put_expr(st, p + 1, e);
            put(st, &lx->args, "),", 2);
            putc1(st, b, '{');
            fields++;
            p = e;
        } else if ((unsigned char)c >= 0x80 && L->bytes) {
            // MicroPython would take the bytes as they are; CPython does not.
            fail(st, lex_span(lx, L->start, L->start + 1),
                 "bytes can only contain ASCII literal characters");
            putc1(st, b, c);
            p++;
        } else if ((unsigned char)c >= 0x80) {
            // A str must be valid UTF-8.
            lex_utf8 d = lex_utf8_decode(p, lx->lim);
            if (!d.len) {
                // Cut short by the end of the literal: Python sees the end of its data.
                const char *x = p + d.n_ok;
                if (strcmp(d.reason, "invalid continuation byte") == 0 && *x == q &&
                    (!L->triple || (x[1] == q && x[2] == q))) {
                    d.reason = "unexpected end of data";
                }
                char msg[200];
                lex_utf8_message(msg, sizeof msg, p, &d, (long)(p - body_start));
                defer(st, "%s", msg);
                d.len = 1;
            }
            put(st, b, p, (size_t)d.len);
            p += d.len;
        } else if (c == '}' && L->f) {
            if (fields > 0) {
                fields--;
            } else if (p[1] == '}') {
                putc1(st, b, '}');
                p++;
            } else {
                defer(st, "f-string: single '}' is not allowed");
            }
            putc1(st, b, '}');
            p++;
        } else {
            putc1(st, b, c);
            p++;
        }
    }
    if (fields > 0) {
        defer(st, "f-string: expecting '}'");
    }
    if (st->has_pend) {
        fail(st, lex_span(lx, p, p), "%s", st->pend);
        st->has_pend = false;
    }
    return p;
}

// The body of a t-string, rewritten as MicroPython does into the source text of the arguments
// of a `__template__` call: the template has the string parts as a tuple, `(('a', 'b'),` and
// the arguments get, for each interpolation, `(expr),'expr',conversion,'spec',`.
static const char *tbody(sstate *st, const lit *L, const char *p, uint32_t *n_interp) {
    lex_state *lx = st->lx;
    lex_buf *b = &lx->str;
    char q = L->quote;
    int nq = L->triple ? 3 : 1;
    uint32_t spec_at = 0; // where the current format spec starts in the template
    int spec_depth = 0;   // > 0 inside an interpolation's format spec (nested braces)
    bool spec_nested = false;
    put(st, b, "((", 2);
    put(st, b, L->triple ? (q == '"' ? "\"\"\"" : "'''") : (q == '"' ? "\"" : "'"), (size_t)nq);
    for (;;) {
        char c = *p;
        if (c == q) {
            if (!L->triple || (p[1] == q && p[2] == q)) {
                put(st, b, p, (size_t)nq);
                p += nq;
                break;
            }
            putc1(st, b, c);
            p++;
        } else if ((c == '\n' || c == '\0') && unterminated(st, L, p)) {
            return p;
        } else if (c == '\n') {
            put(st, b, "\\n", 2);
            p++;
        } else if (c == '\\') {
            // Kept for the second reading of the part as a plain string.
            putc1(st, b, '\\');
            if (L->raw) {
                putc1(st, b, '\\');
                p++;
            } else if (p + 1 < lx->lim) {
                putc1(st, b, p[1]);
                p += 2;
            } else {
                p++;
            }
        } else if (c == '{' && spec_depth > 0) {
            spec_depth++;
            putc1(st, b, c);
            p++;
        } else if (c == '{' && p[1] == '{') {
            putc1(st, b, '{');
            p += 2;
        } else if (c == '{') {
            const char *e = field_end(lx, p + 1);
            bool debug = put_expr(st, p + 1, e);
            // The expression without trailing spaces (and without the '=' of {x=}).
            while (lx->args.len > 0 && is_space(lx->args.buf[lx->args.len - 1])) {
                lx->args.len--;
            }
            const char *x = p + 1;
            uint32_t xn = (uint32_t)(e - x) - (debug ? 1 : 0);
            while (xn > 0 && is_space(x[xn - 1])) {
                xn--;
            }
            if (all_space(x, x + xn)) {
                fail(st, lex_span(lx, e, e + (*e != '\0')),
                     "t-string: empty expression not allowed");
            }
            put(st, &lx->args, "),", 2);
            // The expression's text as a string.
            putc1(st, &lx->args, q);
            for (uint32_t k = 0; k < xn; k++) {
                if (x[k] == q || x[k] == '\\') {
                    putc1(st, &lx->args, '\\');
                }
                putc1(st, &lx->args, x[k]);
            }
            putc1(st, &lx->args, q);
            putc1(st, &lx->args, ',');
            // Close this part of the template and open the next.
            for (int k = 0; k < nq; k++) {
                putc1(st, b, q);
            }
            putc1(st, b, ',');
            for (int k = 0; k < nq; k++) {
                putc1(st, b, q);
            }
            p = e;
            // Conversion: '!r' / '!s', 'r' for {x=}, else None.
            if (*p == '!') {
                char conv[4] = {q, p[1], q, ','};
                put(st, &lx->args, conv, 4);
                p += 2;
            } else if (debug && *p != ':') {
                put(st, &lx->args, "'r',", 4);
            } else {
                put(st, &lx->args, "None,", 5);
            }
            if (*p == ':') {
                p++;
            }
            spec_depth = 1;
            spec_at = b->len;
            putc1(st, b, '{');
        } else if (c == '}' && spec_depth > 0) {
            p++;
            if (--spec_depth > 0) {
                spec_nested = true;
                putc1(st, b, '}');
                continue;
            }
            // The end of an interpolation: its format spec moves to the arguments, as an
            // f-string when it holds nested fields.
            (*n_interp)++;
            if (spec_nested) {
                putc1(st, &lx->args, 'f');
                spec_nested = false;
            }
            putc1(st, &lx->args, q);
            put(st, &lx->args, b->buf + spec_at + 1, b->len - spec_at - 1);
            b->len = spec_at;
            putc1(st, &lx->args, q);
            putc1(st, &lx->args, ',');
        } else if (c == '}') {
            if (p[1] != '}') {
                fail(st, lex_span(lx, p, p + 1), "t-string: single '}' is not allowed");
            }
            putc1(st, b, '}');
            p += p[1] == '}' ? 2 : 1;
        } else {
            putc1(st, b, c);
            p++;
        }
    }
    if (spec_depth > 0) {
        fail(st, lex_span(lx, p - 1, p), "t-string: expecting '}'");
    }
    return p;
}

// Skips what may separate adjacent literals: spaces, comments, line continuations, and
// newlines inside brackets.
static const char *skip_gap(const lex_state *lx, const char *p) {
    for (;;) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\f') {
            p++;
        } else if (c == '#') {
            p = lex_line_end(p, lx->lim);
        } else if (c == '\\' && p[1] == '\n') {
            p += 2;
        } else if (c == '\n' && p < lx->lim && (lx->depth > 0 || lx->n_inject > 0)) {
            p++;
        } else {
            return p;
        }
    }
}

// Copies the scratch argument text and its pieces into the arena and lexes it next.
static void inject(sstate *st, src_span sp) {
    lex_state *lx = st->lx;
    char *text = arena_strndup(&lx->u->arena, lx->args.buf, lx->args.len);
    lex_seg *segs = NULL;
    if (lx->n_segs) {
        segs = ARENA_ARRAY(&lx->u->arena, lex_seg, lx->n_segs);
        if (segs) {
            memcpy(segs, lx->segs, lx->n_segs * sizeof(lex_seg));
        }
    }
    if (!text || (lx->n_segs && !segs)) {
        fail(st, sp, "out of memory");
    } else if (!lex_push_inject(lx, text, lx->args.len, sp, segs, lx->n_segs)) {
        fail(st, sp, "f-string: expressions nested too deeply");
    }
}

int lex_string(lex_state *lx, lex_token *tok) {
    sstate st = {.lx = lx, .tok = tok};
    lx->str.len = 0;
    lx->args.len = 0;
    lx->n_segs = 0;
    const char *p = lx->cur;
    int kind = 0;
    bool any_f = false, any_t = false, mixed = false;
    int n_lits = 0;
    uint32_t n_interp = 0;
    do {
        lit L = read_prefix(p);
        // Not strchr: the rest of the file is one long string, and a checking build would
        // measure all of it at every literal.
        const char *quote = L.start;
        while (*quote != L.quote) {
            quote++;
        }
        for (const char *c = L.start; c < quote; c++) {
            if (*c >= 'A' && *c <= 'Z') {
                fail(&st, lex_span(lx, L.start, quote),
                     "string prefix '%.*s' is not supported (MicroPython's prefixes are lower "
                     "case)",
                     (int)(quote - L.start), L.start);
                break;
            }
        }
        int k = L.bytes ? TOK_BYTES : TOK_STRING;
        if (kind == 0) {
            kind = k;
        } else if (k != kind) {
            mixed = true;
        }
        if (n_lits++ > 0 && (any_t || L.t)) {
            fail(&st, lex_span(lx, L.start, quote + 1),
                 any_t && L.t ? "t-strings cannot be concatenated"
                              : "cannot mix t-string literals with string or bytes literals");
        }
        if (L.f && lx->args.len == 0) {
            put(&st, &lx->args, ".format(", 8);
        }
        any_f |= L.f;
        any_t |= L.t;
        p = quote + (L.triple ? 3 : 1);
        p = L.t ? tbody(&st, &L, p, &n_interp) : body(&st, &L, p);
        lx->cur = p;
        if (st.failed) {
            break;
        }
        p = skip_gap(lx, p);
    } while (lex_is_string_start(p));
    src_span sp = lex_span(lx, lx->tok, lx->cur);
    if (mixed) {
        fail(&st, lex_span(lx, lx->cur, lx->cur), "cannot mix bytes and nonbytes literals");
    }
    if (st.failed) {
        tok->kind = TOK_PY_YYerror;
        tok->span = st.err_span;
        return TOK_PY_YYerror;
    }
    if (any_t) {
        // `__template__` then `(('part', ...), (expr), 'expr', conversion, 'spec', ...)`.
        put(&st, &lx->str, ",),", 3);
        if (1 + n_interp * 4 > 255) {
            // Too many arguments for one call: the interpolations go in a tuple.
            put(&st, &lx->args, ")", 1);
            put(&st, &lx->str, "(", 1);
        }
        // The template text goes before the arguments (and their pieces move along).
        uint32_t shift = lx->str.len;
        if (!lex_buf_reserve(lx, &lx->str, lx->args.len + 2)) {
            fail(&st, sp, "out of memory");
        } else {
            if (lx->args.len) {
                memcpy(lx->str.buf + lx->str.len, lx->args.buf, lx->args.len);
            }
            lx->str.len += lx->args.len;
            lx->str.buf[lx->str.len++] = ')';
            lex_buf t = lx->args;
            lx->args = lx->str;
            lx->str = t;
            for (uint32_t i = 0; i < lx->n_segs; i++) {
                lx->segs[i].buf_off += shift;
            }
            tok->v.name = intern_add(&lx->u->names, "__template__", 12);
            if (!tok->v.name) {
                fail(&st, sp, "out of memory");
            }
            inject(&st, sp);
        }
        if (st.failed) {
            tok->kind = TOK_PY_YYerror;
            tok->span = st.err_span;
            return TOK_PY_YYerror;
        }
        tok->kind = TOK_NAME;
        tok->span = sp;
        return TOK_NAME;
    }
    lex_str *s = ARENA_NEW(&lx->u->arena, lex_str);
    char *bytes = arena_strndup(&lx->u->arena, lx->str.buf ? lx->str.buf : "", lx->str.len);
    if (!s || !bytes) {
        return lex_error(lx, tok, sp, "out of memory");
    }
    s->bytes = bytes;
    s->len = lx->str.len;
    s->kind = kind == TOK_BYTES ? LEX_STR_BYTES : LEX_STR_STR;
    s->is_fstring = any_f;
    if (any_f) {
        putc1(&st, &lx->args, ')');
        inject(&st, sp);
        s->line_extra = lx->inj_newlines;
        if (st.failed) {
            tok->kind = TOK_PY_YYerror;
            tok->span = st.err_span;
            return TOK_PY_YYerror;
        }
    }
    tok->kind = kind;
    tok->span = sp;
    tok->v.str = s;
    return kind;
}
