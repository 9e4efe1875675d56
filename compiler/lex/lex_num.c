// Numeric literals: scanning with CPython's rules and messages (underscores between digits,
// no leading zeros in decimal integers, a literal may not run into a name), then conversion
// into a lex_num: int64 value, or the digits when larger; double for floats and imaginaries.
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "lex_internal.h"

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static bool is_xdigit(int c) {
    return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static bool is_id_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || is_digit(c) || c >= 0x80;
}

// A cursor over the text with CPython's tokenizer moves: next() reads and advances (0 past the
// end), back() undoes one.
typedef struct scan {
    const char *p, *lim;
} scan;

static int next(scan *s) {
    int c = s->p < s->lim ? (unsigned char)*s->p : 0;
    s->p++;
    return c;
}

static void back(scan *s) {
    s->p--;
}

// Errors are located at the character before the cursor, as CPython locates them.
static int num_error(lex_state *lx, lex_token *tok, scan *s, const char *msg, int c) {
    const char *at = s->p > lx->tok ? s->p - 1 : lx->tok;
    src_span sp = lex_span(lx, at, at + 1);
    // Resume after whatever looks like part of the literal.
    const char *q = s->p;
    while (q < s->lim && (is_id_char((unsigned char)*q) || *q == '.')) {
        q++;
    }
    lx->cur = q;
    return lex_error(lx, tok, sp, msg, c);
}

// After a literal: a name character or a '.' may not follow. CPython lets a keyword follow
// (`1if x else y`) and a '.' start an attribute (`1.5.hex()`), but MicroPython's lexer reads
// all of it as one bad number, so mpyc rejects both (in CPython's words). c is the character
// after the literal (already read).
static bool end_ok(scan *s, int c) {
    if (is_id_char(c) || c == '.') {
        back(s);
        return false;
    }
    return true;
}

// Digits and single underscores between them; returns the character after, or -1 after an
// underscore not followed by a digit (the cursor then stands after the underscore's follower).
static int decimal_tail(scan *s) {
    int c;
    for (;;) {
        do {
            c = next(s);
        } while (is_digit(c));
        if (c != '_') {
            return c;
        }
        c = next(s);
        if (!is_digit(c)) {
            back(s);
            return -1;
        }
    }
}

// Radix literal after "0x" / "0o" / "0b": digits accepted by ok().
static int radix_tail(lex_state *lx, lex_token *tok, scan *s, int base, const char *kind, int *pc) {
    int c = next(s);
    do {
        if (c == '_') {
            c = next(s);
        }
        bool good = base == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + base);
        if (!good) {
            if (base != 16 && is_digit(c)) {
                return num_error(lx, tok, s,
                                 base == 8 ? "invalid digit '%c' in octal literal"
                                           : "invalid digit '%c' in binary literal",
                                 c);
            }
            back(s);
            return num_error(lx, tok, s,
                             base == 16  ? "invalid hexadecimal literal"
                             : base == 8 ? "invalid octal literal"
                                         : "invalid binary literal",
                             0);
        }
        do {
            c = next(s);
        } while (base == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + base));
    } while (c == '_');
    if (base != 16 && is_digit(c)) {
        return num_error(lx, tok, s,
                         base == 8 ? "invalid digit '%c' in octal literal"
                                   : "invalid digit '%c' in binary literal",
                         c);
    }
    if (!end_ok(s, c)) {
        char msg[64];
        strcpy(msg, "invalid ");
        strcat(msg, kind);
        strcat(msg, " literal");
        return num_error(lx, tok, s, msg, 0);
    }
    *pc = c;
    return 0;
}

static int finish(lex_state *lx, lex_token *tok, scan *s) {
    back(s); // the character after the literal
    lx->cur = s->p;
    lex_num *n = ARENA_NEW(&lx->u->arena, lex_num);
    if (!n || !lex_num_convert(&lx->u->arena, lx->tok, (size_t)(lx->cur - lx->tok), n)) {
        return lex_error(lx, tok, lex_span(lx, lx->tok, lx->cur), "out of memory");
    }
    tok->kind = TOK_NUMBER;
    tok->span = lex_span(lx, lx->tok, lx->cur);
    tok->v.num = n;
    return TOK_NUMBER;
}

int lex_number(lex_state *lx, lex_token *tok) {
    scan sc = {lx->cur, lx->lim}, *s = &sc;
    int c = next(s);
    if (c == '.') {
        c = next(s);
        goto fraction;
    }
    if (c == '0') {
        c = next(s);
        int lc = c | 0x20;
        if (lc == 'x' || lc == 'o' || lc == 'b') {
            int r = radix_tail(lx, tok, s,
                               lc == 'x'   ? 16
                               : lc == 'o' ? 8
                                           : 2,
                               lc == 'x'   ? "hexadecimal"
                               : lc == 'o' ? "octal"
                                           : "binary",
                               &c);
            return r ? r : finish(lx, tok, s);
        }
        // Zeros, then maybe a float or an imaginary; other digits make an old-style octal.
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                c = next(s);
                if (!is_digit(c)) {
                    back(s);
                    return num_error(lx, tok, s, "invalid decimal literal", 0);
                }
            }
            if (c != '0') {
                break;
            }
            c = next(s);
        }
        const char *zeros_end = s->p;
        if (is_digit(c)) {
            nonzero = true;
            c = decimal_tail(s);
            if (c < 0) {
                return num_error(lx, tok, s, "invalid decimal literal", 0);
            }
        }
        if (c == '.') {
            c = next(s);
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            src_span sp = lex_span(lx, lx->tok, zeros_end - 1);
            back(s);
            lx->cur = s->p;
            while (lx->cur < lx->lim && (is_id_char((unsigned char)*lx->cur) || *lx->cur == '.')) {
                lx->cur++;
            }
            return lex_error(lx, tok, sp,
                             "leading zeros in decimal integer literals are not permitted; use "
                             "an 0o prefix for octal integers");
        }
        if (!end_ok(s, c)) {
            return num_error(lx, tok, s, "invalid decimal literal", 0);
        }
        return finish(lx, tok, s);
    }
    c = decimal_tail(s);
    if (c < 0) {
        return num_error(lx, tok, s, "invalid decimal literal", 0);
    }
    if (c == '.') {
        c = next(s);
    fraction:
        if (is_digit(c)) {
            c = decimal_tail(s);
            if (c < 0) {
                return num_error(lx, tok, s, "invalid decimal literal", 0);
            }
        }
    }
    if (c == 'e' || c == 'E') {
    exponent : {
        int e = c;
        c = next(s);
        if (c == '+' || c == '-') {
            c = next(s);
            if (!is_digit(c)) {
                back(s);
                return num_error(lx, tok, s, "invalid decimal literal", 0);
            }
        } else if (!is_digit(c)) {
            back(s);
            if (!end_ok(s, e)) {
                return num_error(lx, tok, s, "invalid decimal literal", 0);
            }
            return finish(lx, tok, s);
        }
        c = decimal_tail(s);
        if (c < 0) {
            return num_error(lx, tok, s, "invalid decimal literal", 0);
        }
    }
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = next(s);
        if (!end_ok(s, c)) {
            return num_error(lx, tok, s, "invalid imaginary literal", 0);
        }
    } else if (!end_ok(s, c)) {
        return num_error(lx, tok, s, "invalid decimal literal", 0);
    }
    return finish(lx, tok, s);
}

bool lex_num_convert(arena *a, const char *text, size_t len, lex_num *n) {
    memset(n, 0, sizeof(*n));
    // Copy without underscores (and without a radix prefix) for the conversions below.
    char small[64];
    char *buf = len < sizeof small ? small : arena_alloc(a, len + 1);
    if (!buf) {
        return false;
    }
    int base = 10;
    size_t i = 0;
    if (len >= 2 && text[0] == '0') {
        int lc = text[1] | 0x20;
        base = lc == 'x' ? 16 : lc == 'o' ? 8 : lc == 'b' ? 2 : 10;
        if (base != 10) {
            i = 2;
        }
    }
    bool is_float = false, is_imag = false;
    size_t m = 0;
    for (; i < len; i++) {
        char c = text[i];
        if (c == '_') {
            continue;
        }
        if (base == 10) {
            if (c == '.' || c == 'e' || c == 'E') {
                is_float = true;
            } else if (c == 'j' || c == 'J') {
                is_imag = true;
                continue;
            }
        }
        buf[m++] = c;
    }
    buf[m] = '\0';
    n->base = (uint8_t)base;
    if (is_float || is_imag) {
        n->kind = is_imag ? LEX_NUM_IMAG : LEX_NUM_FLOAT;
        n->v.fval = strtod(buf, NULL);
        return true;
    }
    n->kind = LEX_NUM_INT;
    uint64_t v = 0;
    bool big = false;
    for (size_t k = 0; k < m; k++) {
        int c = (unsigned char)buf[k];
        unsigned d = is_digit(c) ? (unsigned)(c - '0') : (unsigned)((c | 0x20) - 'a' + 10);
        if (v > (UINT64_C(0x7fffffffffffffff) - d) / (uint64_t)base) {
            big = true;
            break;
        }
        v = v * (uint64_t)base + d;
    }
    if (!big) {
        n->v.ival = (int64_t)v;
        return true;
    }
    // Too large for int64: keep the digits (leading zeros dropped) for the big-int code.
    size_t z = 0;
    while (z + 1 < m && buf[z] == '0') {
        z++;
    }
    char *digits = arena_strndup(a, buf + z, m - z);
    if (!digits) {
        return false;
    }
    n->is_big = true;
    n->n_digits = (uint32_t)(m - z);
    n->v.digits = digits;
    return true;
}
