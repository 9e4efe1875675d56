// Compile-time constants: constructors, stock's strict equality, truth values, conversion of
// big integer literals to the decimal text the .mpy stores, and MicroPython's float repr() (the
// text mpy-cross writes for FLOAT and COMPLEX objects, mpy-format.md 6).
#include "const.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

const emit_const emit_const_none = {.kind = EMIT_CONST_NONE};
const emit_const emit_const_false = {.kind = EMIT_CONST_FALSE};
const emit_const emit_const_true = {.kind = EMIT_CONST_TRUE};
const emit_const emit_const_ellipsis = {.kind = EMIT_CONST_ELLIPSIS};
const emit_const emit_const_fun_table = {.kind = EMIT_CONST_FUN_TABLE};

emit_const *emit_const_new_int(arena *a, int64_t v) {
    emit_const *c = ARENA_NEW(a, emit_const);
    if (c) {
        c->kind = EMIT_CONST_INT;
        c->u.ival = v;
    }
    return c;
}

static int digit_value(char ch) {
    if (ch >= '0' && ch <= '9') {
        return ch - '0';
    }
    if (ch >= 'a' && ch <= 'z') {
        return ch - 'a' + 10;
    }
    if (ch >= 'A' && ch <= 'Z') {
        return ch - 'A' + 10;
    }
    return 99;
}

// Base conversion through limbs of 10^9, least significant first: each input digit does
// limbs = limbs * base + digit. Then the limbs are printed most significant first.
emit_const *emit_const_new_int_digits(arena *a, const char *digits, size_t n, unsigned base,
                                      bool negative) {
    if (base < 2 || base > 36) {
        return NULL;
    }
    size_t cap = n / 9 + 2; // base <= 36 < 10^2 per digit: at most 2n decimal digits
    cap = cap * 2;
    uint32_t *limb = ARENA_ARRAY(a, uint32_t, cap);
    if (!limb) {
        return NULL;
    }
    size_t n_limb = 1;
    limb[0] = 0;
    for (size_t i = 0; i < n; i++) {
        int d = digit_value(digits[i]);
        if (d >= (int)base) {
            return NULL;
        }
        uint64_t carry = (uint64_t)d;
        for (size_t k = 0; k < n_limb; k++) {
            uint64_t v = (uint64_t)limb[k] * base + carry;
            limb[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry) {
            if (n_limb == cap) {
                return NULL; // cannot happen with the bound above
            }
            limb[n_limb++] = (uint32_t)carry;
        }
    }
    while (n_limb > 1 && limb[n_limb - 1] == 0) {
        n_limb--;
    }
    // Decimal text: sign, the top limb without padding, the others as 9 digits each.
    char *text = arena_alloc(a, n_limb * 9 + 2);
    if (!text) {
        return NULL;
    }
    size_t len = 0;
    bool is_zero = n_limb == 1 && limb[0] == 0;
    if (negative && !is_zero) {
        text[len++] = '-';
    }
    len += (size_t)snprintf(text + len, 11, "%" PRIu32, limb[n_limb - 1]);
    for (size_t k = n_limb - 1; k-- > 0;) {
        len += (size_t)snprintf(text + len, 10, "%09" PRIu32, limb[k]);
    }
    text[len] = '\0';
    // Values that fit int64_t are kept as a number (the normal form, see const.h).
    const char *mag = text + (text[0] == '-');
    size_t mag_len = len - (size_t)(text[0] == '-');
    if (mag_len < 19 || (mag_len == 19 && strcmp(mag, "9223372036854775808") <= 0)) {
        uint64_t u = 0;
        for (size_t i = 0; i < mag_len; i++) {
            u = u * 10 + (uint64_t)(mag[i] - '0');
        }
        if (text[0] == '-') {
            return emit_const_new_int(a, u == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)u);
        }
        if (u <= (uint64_t)INT64_MAX) {
            return emit_const_new_int(a, (int64_t)u);
        }
    }
    emit_const *c = ARENA_NEW(a, emit_const);
    if (c) {
        c->kind = EMIT_CONST_INT;
        c->is_big = true;
        c->len = (uint32_t)len;
        c->u.text = text;
    }
    return c;
}

static emit_const *new_double(arena *a, emit_const_kind kind, double v) {
    emit_const *c = ARENA_NEW(a, emit_const);
    if (c) {
        c->kind = (uint8_t)kind;
        c->u.fval = v;
    }
    return c;
}

emit_const *emit_const_new_float(arena *a, double v) {
    return new_double(a, EMIT_CONST_FLOAT, v);
}

emit_const *emit_const_new_complex(arena *a, double imag) {
    return new_double(a, EMIT_CONST_COMPLEX, imag);
}

static emit_const *new_text(arena *a, emit_const_kind kind, const char *s, size_t len) {
    if (len > UINT32_MAX) {
        return NULL;
    }
    emit_const *c = ARENA_NEW(a, emit_const);
    char *copy = c ? arena_strndup(a, s, len) : NULL;
    if (!copy) {
        return NULL;
    }
    c->kind = (uint8_t)kind;
    c->len = (uint32_t)len;
    c->u.text = copy;
    return c;
}

emit_const *emit_const_new_str(arena *a, const char *s, size_t len) {
    return new_text(a, EMIT_CONST_STR, s, len);
}

emit_const *emit_const_new_bytes(arena *a, const char *s, size_t len) {
    return new_text(a, EMIT_CONST_BYTES, s, len);
}

emit_const *emit_const_new_tuple(arena *a, const emit_const *const *items, size_t n) {
    if (n > UINT32_MAX) {
        return NULL;
    }
    emit_const *c = ARENA_NEW(a, emit_const);
    const emit_const **copy = n ? ARENA_ARRAY(a, const emit_const *, n) : NULL;
    if (!c || (n && !copy)) {
        return NULL;
    }
    if (n) {
        memcpy(copy, items, n * sizeof *copy);
    }
    c->kind = EMIT_CONST_TUPLE;
    c->len = (uint32_t)n;
    c->u.items = copy;
    return c;
}

// Tuples nest at most as deep as the source's parentheses, which the parser bounds.
bool emit_const_equal(const emit_const *a, const emit_const *b) {
    if (a == b) {
        return true;
    }
    if (a->kind != b->kind) {
        return false;
    }
    switch ((emit_const_kind)a->kind) {
        case EMIT_CONST_NONE:
        case EMIT_CONST_FALSE:
        case EMIT_CONST_TRUE:
        case EMIT_CONST_ELLIPSIS:
            return true;
        case EMIT_CONST_FUN_TABLE:
            return false; // stock never shares it with anything
        case EMIT_CONST_INT:
            if (a->is_big != b->is_big) {
                return false;
            }
            return a->is_big ? a->len == b->len && memcmp(a->u.text, b->u.text, a->len) == 0
                             : a->u.ival == b->u.ival;
        case EMIT_CONST_FLOAT:
            // 0.0 and -0.0 are equal as numbers but kept apart (.mpy keeps the sign).
            return a->u.fval == b->u.fval && signbit(a->u.fval) == signbit(b->u.fval);
        case EMIT_CONST_COMPLEX:
            return a->u.fval == b->u.fval; // stock compares complex numbers by value only
        case EMIT_CONST_STR:
        case EMIT_CONST_BYTES:
            return a->len == b->len && memcmp(a->u.text, b->u.text, a->len) == 0;
        case EMIT_CONST_TUPLE:
            if (a->len != b->len) {
                return false;
            }
            for (uint32_t i = 0; i < a->len; i++) {
                if (!emit_const_equal(a->u.items[i], b->u.items[i])) {
                    return false;
                }
            }
            return true;
    }
    return false;
}

// FNV-1a over bytes, continuing from h.
static uint32_t hash_bytes(uint32_t h, const void *p, size_t n) {
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ b[i]) * 16777619u;
    }
    return h;
}

uint32_t emit_const_hash(const emit_const *c) {
    uint32_t h = hash_bytes(2166136261u, &c->kind, 1);
    switch ((emit_const_kind)c->kind) {
        case EMIT_CONST_INT:
            return c->is_big ? hash_bytes(h, c->u.text, c->len) : hash_bytes(h, &c->u.ival, 8);
        case EMIT_CONST_FLOAT: // the bits: 0.0 and -0.0 are different constants
            return hash_bytes(h, &c->u.fval, sizeof c->u.fval);
        case EMIT_CONST_COMPLEX: { // compared by value: 0j and -0j are the same
            double v = c->u.fval == 0 ? 0.0 : c->u.fval;
            return hash_bytes(h, &v, sizeof v);
        }
        case EMIT_CONST_STR:
        case EMIT_CONST_BYTES:
            return hash_bytes(h, c->u.text, c->len);
        case EMIT_CONST_TUPLE:
            for (uint32_t i = 0; i < c->len; i++) {
                uint32_t item = emit_const_hash(c->u.items[i]);
                h = hash_bytes(h, &item, sizeof item);
            }
            return h;
        default:
            return h;
    }
}

bool emit_const_truth(const emit_const *c) {
    switch ((emit_const_kind)c->kind) {
        case EMIT_CONST_NONE:
        case EMIT_CONST_FALSE:
            return false;
        case EMIT_CONST_TRUE:
        case EMIT_CONST_ELLIPSIS:
        case EMIT_CONST_FUN_TABLE:
            return true;
        case EMIT_CONST_INT:
            return c->is_big || c->u.ival != 0; // a big int is never zero (normal form)
        case EMIT_CONST_FLOAT:
        case EMIT_CONST_COMPLEX:
            return c->u.fval != 0; // NaN is true
        case EMIT_CONST_STR:
        case EMIT_CONST_BYTES:
        case EMIT_CONST_TUPLE:
            return c->len != 0;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// MicroPython's repr() of a double, as the mpy-cross binary computes it on a host whose long
// double is wider than double (py/formatfloat.c "exact" mode, format 'g', repr precision).
// In outline: find the decimal exponent e of |v|; round v to 16 significant digits with long
// double arithmetic; print them %g-style (plain notation for -4 <= e < 16, trailing zeros
// removed); if the text does not read back (with MicroPython's own reader, below) as v, try
// 17, 18 and finally 19 digits. This is not always the shortest round-trip text (subnormals
// get 16 digits), which is why it is reproduced rather than taken from printf.

// num * 10^dec_exp by repeated squaring in long double (MicroPython's mp_decimal_exp).
static long double decimal_exp(long double num, int dec_exp) {
    if (dec_exp == 0 || num == 0) {
        return num;
    }
    bool neg = dec_exp < 0;
    unsigned k = neg ? 0u - (unsigned)dec_exp : (unsigned)dec_exp;
    long double res = num, power = 10.0L;
    while (k) {
        if (k & 1) {
            res = neg ? res / power : res * power;
        }
        k >>= 1;
        if (k) {
            power *= power;
        }
    }
    return res;
}

// MicroPython's decimal reader (py/parsenum.c): up to ~19 significant digits gathered into a
// uint64_t, zeros deferred so that trailing ones only move the exponent, then one
// decimal_exp. Reads digits, '.', '_', and an exponent; stops at anything else.
double emit_const_parse_float(const char *s, size_t n) {
    const uint64_t mantissa_max = 0x1999999999999998u;
    enum { INTG, FRAC, EXP } in = INTG;
    uint64_t mant = 0;
    int exp_val = 0, exp_extra = 0, zeros_intg = 0, zeros_frac = 0;
    bool exp_neg = false;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch >= '0' && ch <= '9') {
            unsigned d = (unsigned)(ch - '0');
            if (in == EXP) {
                if (exp_val < (0x7fffffff / 2 - 9) / 10) {
                    exp_val = exp_val * 10 + (int)d;
                }
            } else if (d == 0 || mant >= mantissa_max) {
                // zeros (and digits beyond the mantissa) wait until a later digit needs them
                if (in == INTG) {
                    zeros_intg++;
                } else {
                    zeros_frac++;
                }
            } else {
                for (int pass = 0; pass < 2; pass++) {
                    int *pending = pass == 0 ? &zeros_intg : &zeros_frac;
                    for (; *pending > 0; (*pending)--) {
                        if (mant < mantissa_max) {
                            mant *= 10;
                            exp_extra -= pass == 1;
                        } else {
                            exp_extra += pass == 0;
                        }
                    }
                }
                if (mant < mantissa_max) {
                    mant = mant * 10 + d;
                    exp_extra -= in == FRAC;
                } else {
                    exp_extra += in == INTG;
                }
            }
        } else if (in == INTG && ch == '.') {
            in = FRAC;
        } else if (in != EXP && (ch | 0x20) == 'e') {
            in = EXP;
            if (i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-')) {
                exp_neg = s[++i] == '-';
            }
        } else if (ch != '_') {
            break;
        }
    }
    if (exp_neg) {
        exp_val = -exp_val;
    }
    exp_val += exp_extra + zeros_intg;
    return (double)decimal_exp((long double)mant, exp_val);
}

// Writes `n_digits` digits of `mant` (its decimal exponent e) %g-style at out; returns the
// length. trailing_zeros: zeros that 16..18-digit attempts append (removed again by %g).
static size_t format_digits(uint64_t mant, uint64_t cap, char *out, int n_digits,
                            int trailing_zeros, int e) {
    const int max_exp_zeros = 16; // repr switches to exponent form from 1e16 upwards
    char *s = out;
    int dec = 0; // digits before the decimal point, minus one; 255: the point is written
    if (mant >= cap) {
        mant /= 10; // rounding carried into a new digit
        e++;
    }
    if (e > 0 && e < max_exp_zeros) {
        dec = e;
        if (dec >= n_digits) {
            trailing_zeros = dec - (n_digits - 1);
        }
        e = 0;
    } else if (e < 0 && e >= -4) {
        int cnt = 0;
        while (e < 0 && mant % 10 == 0) {
            mant /= 10;
            cnt++;
            e++;
        }
        n_digits -= cnt;
        *s++ = '0';
        *s++ = '.';
        for (int z = cnt - e - 1; z > 0; z--) {
            *s++ = '0';
        }
        dec = 255;
        e = 0;
    }
    bool dot = dec == 255;
    for (int digit = n_digits - 1; digit >= 0; digit--) {
        s[digit > dec ? digit + 1 : digit] = (char)('0' + mant % 10);
        mant /= 10;
    }
    if (dec + 1 < n_digits) {
        dot = true;
        s[dec + 1] = '.';
        s++;
    }
    s += n_digits;
    if (trailing_zeros) {
        dec -= n_digits - 1;
        while (trailing_zeros--) {
            if (dec-- == 0) {
                *s++ = '.';
                dot = true;
            }
            *s++ = '0';
        }
    }
    if (dot) {
        while (s[-1] == '0') {
            s--;
        }
        if (s[-1] == '.') {
            s--;
        }
    }
    if (e != 0) {
        *s++ = 'e';
        *s++ = e < 0 ? '-' : '+';
        int ae = e < 0 ? -e : e;
        if (ae >= 100) {
            *s++ = (char)('0' + ae / 100);
        }
        *s++ = (char)('0' + ae / 10 % 10);
        *s++ = (char)('0' + ae % 10);
    }
    *s = '\0';
    return (size_t)(s - out);
}

size_t emit_const_float_repr(double v, bool always_decimal, char *buf) {
    char *out = buf;
    if (signbit(v) && !isnan(v)) {
        *out++ = '-';
        v = -v;
    }
    if (isinf(v) || isnan(v)) {
        memcpy(out, isinf(v) ? "inf" : "nan", 4);
        return (size_t)(out + 3 - buf);
    }
    // Decimal exponent: start from the binary exponent field (as MicroPython reads it, so
    // subnormals start from -1023) and step until 10^e <= v < 10^(e+1) holds in double.
    int e = 0;
    if (v != 0) {
        uint64_t bits;
        memcpy(&bits, &v, sizeof bits);
        int bin_exp = (int)((bits >> 52) & 0x7ff) - 1023;
        e = (int)(bin_exp * 0.3010299956639812);
        int up = !(v < 1.0);
        while ((v >= (double)decimal_exp(1.0L, e + up)) == up) {
            e += up ? 1 : -1;
        }
    }
    const int max_digits = 19;
    size_t len = 0;
    for (int n_digits = 16; n_digits <= max_digits; n_digits++) {
        uint64_t cap = 10;
        for (int k = 1; k < n_digits; k++) {
            cap *= 10;
        }
        int decexp = v == 0 ? 0 : n_digits - e - 1;
        uint64_t mant = (uint64_t)(decimal_exp((long double)v, decexp) + 0.5L);
        len = format_digits(mant, cap, out, n_digits, max_digits - n_digits, e);
        if (n_digits == max_digits || emit_const_parse_float(out, len) == v) {
            break;
        }
    }
    if (always_decimal && !memchr(out, '.', len) && !memchr(out, 'e', len)) {
        memcpy(out + len, ".0", 3);
        len += 2;
    }
    return (size_t)(out + len - buf);
}
