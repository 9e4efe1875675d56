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
    const char *start;     // first byte of the prefix
} lit;

// The state of one string token being built.
typedef struct sstate {
    lex_state *lx;
    lex_token *tok;
    bool failed;           // an error was reported (the token becomes YYerror)
    src_span err_span;
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
        case '\n': return p;
        case '\\': putc1(st, b, '\\'); return p;
        case '\'': putc1(st, b, '\''); return p;
        case '"': putc1(st, b, '"'); return p;
        case 'a': putc1(st, b, '\a'); return p;
        case 'b': putc1(st, b, '\b'); return p;
        case 't': putc1(st, b, '\t'); return p;
        case 'n': putc1(st, b, '\n'); return p;
        case 'v': putc1(st, b, '\v'); return p;
        case 'f': putc1(st, b, '\f'); return p;
        case 'r': putc1(st, b, '\r'); return p;
        case 'N':
            if (!L->bytes) {
                const char *e = p;
                if (*e == '{') {
                    while (e < lx->lim && *e != '}' && *e != L->quote && *e != '\n') {
                        e++;
                    }
                    e += *e == '}';
                }
                fail(st, lex_span(lx, bs, e), "unicode name escapes (\\N{...}) are not supported");
                return e;
            }
            break;
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
                    fail(st, lex_span(lx, bs, p + i), "(value error) invalid \\x escape at position %ld",
                         pos);
                } else {
                    fail(st, lex_span(lx, bs, p + i),
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                         "%ld-%ld: truncated \\%s escape",
                         pos, pos + 1 + i, c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                }
                return p + i;
            }
            p += n;
            if (L->bytes) {
                putc1(st, b, (char)v);
            } else if (v > 0x10ffff) {
                fail(st, lex_span(lx, bs, p),
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
                    fail(st, lex_span(lx, bs, p), "(value error) invalid octal escape at position %ld",
                         (long)(bs - body));
                } else {
                    putc1(st, b, (char)v);
                }
                return p;
            }
            break;
    }
    // Not an escape: the backslash stays, the character is read normally.
    putc1(st, b, '\\');
    return p - 1;
}

// The replacement field of an f-string at p (just after its '{'): the expression goes to the
// argument list as `(expr),`, the template gets '{' (and `expr=` for a `{expr=}` field). The
// expression ends at ':' or '}' outside [] and {}, or at '!r'/'!s' before ':' or '}'.
static const char *field(sstate *st, const char *p, const char *open) {
    lex_state *lx = st->lx;
    putc1(st, &lx->args, '(');
    uint32_t i = lx->args.len;
    const char *e = p;
    int level = 0;
    while (e < lx->lim) {
        char c = *e;
        if (level == 0 && (c == ':' || c == '}' ||
                           (c == '!' && (e[1] == 'r' || e[1] == 's') && (e[2] == ':' || e[2] == '}')))) {
            break;
        }
        if (c == '[' || c == '{') {
            level++;
        } else if ((c == ']' || c == '}') && level > 0) {
            level--;
        }
        e++;
    }
    uint32_t n = (uint32_t)(e - p);
    if (n > 0) {
        src_span sp = lex_span(lx, p, e);
        add_seg(st, i, sp.off, n);
        put(st, &lx->args, p, n);
    }
    if (n > 0 && p[n - 1] == '=') {
        put(st, &lx->str, p, n);
        lx->args.len--;
        lx->segs[lx->n_segs - 1].len--;
        n--;
    }
    if (n == 0) {
        fail(st, lex_span(lx, open, open + 1), "f-string: empty expression not allowed");
    }
    put(st, &lx->args, "),", 2);
    putc1(st, &lx->str, '{');
    return e;
}

// The body of one literal from just after its opening quote(s). Returns the byte after the
// closing quote(s), or where an unterminated literal stopped (with the error reported).
static const char *body(sstate *st, const lit *L, const char *p) {
    lex_state *lx = st->lx;
    lex_buf *b = &lx->str;
    const char *body_start = p;
    char q = L->quote;
    for (;;) {
        // A run of plain bytes.
        const char *run = p;
        while (*p != q && *p != '\\' && *p != '\n' && *p != '{' && *p != '\0') {
            p++;
        }
        if (p > run) {
            put(st, b, run, (size_t)(p - run));
        }
        char c = *p;
        if (c == q) {
            if (!L->triple) {
                return p + 1;
            }
            if (p[1] == q && p[2] == q) {
                return p + 3;
            }
            putc1(st, b, c);
            p++;
        } else if (c == '\n') {
            if (!L->triple) {
                fail(st, lex_span(lx, L->start, L->start + 1),
                     "unterminated string literal (detected at line %u)",
                     lex_line_of(lx, lex_span(lx, p, p).off));
                return p;
            }
            putc1(st, b, c);
            p++;
        } else if (c == '\0' && p >= lx->lim) {
            uint32_t end = lex_span(lx, p, p).off;
            uint32_t line = lex_line_of(lx, end > 0 ? end - 1 : 0);
            fail(st, lex_span(lx, L->start, L->start + 1),
                 L->triple ? "unterminated triple-quoted string literal (detected at line %u)"
                           : "unterminated string literal (detected at line %u)",
                 line);
            return p;
        } else if (c == '\\') {
            if (p + 1 >= lx->lim) {
                putc1(st, b, c);
                p++;
            } else if (L->raw) {
                put(st, b, p, 2);
                p += 2;
            } else {
                p = escape(st, b, L, p, body_start);
            }
        } else if (c == '{' && L->f) {
            if (p[1] == '{') {
                put(st, b, "{{", 2);
                p += 2;
            } else {
                p = field(st, p + 1, p);
            }
        } else {
            putc1(st, b, c);
            p++;
        }
    }
}

// Skips what may separate adjacent literals: spaces, comments, line continuations, and
// newlines inside brackets.
static const char *skip_gap(const lex_state *lx, const char *p) {
    for (;;) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\f') {
            p++;
        } else if (c == '#') {
            while (p < lx->lim && *p != '\n') {
                p++;
            }
        } else if (c == '\\' && p[1] == '\n') {
            p += 2;
        } else if (c == '\n' && (lx->depth > 0 || lx->n_inject > 0)) {
            p++;
        } else {
            return p;
        }
    }
}

int lex_string(lex_state *lx, lex_token *tok) {
    sstate st = {lx, tok, false, {0, 0}};
    lx->str.len = 0;
    lx->args.len = 0;
    lx->n_segs = 0;
    const char *p = lx->cur;
    const char *end = p;
    int kind = 0;
    bool any_f = false, mixed = false;
    do {
        lit L = read_prefix(p);
        for (const char *c = L.start; *c != L.quote; c++) {
            if (*c >= 'A' && *c <= 'Z') {
                fail(&st, lex_span(lx, L.start, L.start + 1),
                     "string prefix '%.*s' is not supported (MicroPython's prefixes are lower "
                     "case)",
                     (int)(strchr(L.start, L.quote) - L.start), L.start);
                break;
            }
        }
        if (L.t) {
            fail(&st, lex_span(lx, L.start, L.start + 1), "t-strings are not supported yet");
        }
        int k = L.bytes ? TOK_BYTES : TOK_STRING;
        if (kind == 0) {
            kind = k;
        } else if (k != kind && !mixed) {
            mixed = true;
            fail(&st, lex_span(lx, lx->cur, lx->cur + 1), "cannot mix bytes and nonbytes literals");
        }
        if (L.f && lx->args.len == 0) {
            put(&st, &lx->args, ".format(", 8);
        }
        any_f |= L.f;
        p = strchr(L.start, L.quote) + (L.triple ? 3 : 1);
        p = body(&st, &L, p);
        end = p;
        if (st.failed && p < lx->lim && (*p == '\n' || p >= lx->lim)) {
            break;
        }
        p = skip_gap(lx, p);
    } while (lex_is_string_start(p));
    lx->cur = end;
    if (st.failed) {
        tok->kind = TOK_PY_YYerror;
        tok->span = st.err_span;
        return TOK_PY_YYerror;
    }
    src_span sp = lex_span(lx, lx->tok, end);
    lex_str *s = ARENA_NEW(&lx->u->arena, lex_str);
    char *bytes = arena_strndup(&lx->u->arena, lx->str.buf ? lx->str.buf : "", lx->str.len);
    if (!s || !bytes) {
        return lex_error(lx, tok, sp, "out of memory");
    }
    s->bytes = bytes;
    s->len = lx->str.len;
    s->kind = kind == TOK_BYTES ? LEX_STR_BYTES : LEX_STR_STR;
    s->is_fstring = any_f;
    tok->kind = kind;
    tok->span = sp;
    tok->v.str = s;
    if (any_f) {
        putc1(&st, &lx->args, ')');
        char *text = arena_strndup(&lx->u->arena, lx->args.buf, lx->args.len);
        lex_seg *segs = NULL;
        if (lx->n_segs) {
            segs = ARENA_ARRAY(&lx->u->arena, lex_seg, lx->n_segs);
            if (segs) {
                memcpy(segs, lx->segs, lx->n_segs * sizeof(lex_seg));
            }
        }
        if (!text || (lx->n_segs && !segs) || st.failed) {
            return lex_error(lx, tok, sp, "out of memory");
        }
        if (!lex_push_inject(lx, text, lx->args.len, sp, segs, lx->n_segs)) {
            return lex_error(lx, tok, sp, "f-string: expressions nested too deeply");
        }
    }
    return kind;
}
