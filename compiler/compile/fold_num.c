// Arithmetic of parse-time constant folding (compiler-semantics.md 3.3): Python integers of
// any size (int64 fast paths, arbitrary precision beyond) and doubles, with the results and
// the failures of MicroPython's operators: a division by zero, a negative shift, `0.0 ** -1`,
// a complex result or an operator the types do not support all mean "do not fold". Big
// integers live in the arena and are capped in size, so hostile input stays bounded (a
// result past the cap is left unfolded).
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "comp_internal.h"

// An arbitrary-precision integer: sign and magnitude in 32-bit limbs, least significant
// first, without leading zero limbs (zero has n == 0).
struct fold_big {
    bool neg;
    uint32_t n;
    const uint32_t *d;
};

// Largest magnitude kept (limbs): 2097152 bits, about 631000 decimal digits. Stock mpy-cross
// folds as far as its 2 MB heap goes (real code folds 1 << 1000001); past this bound an
// expression is left unfolded, which keeps time and memory bounded on hostile input.
enum { MAX_LIMBS = 65536 };

typedef struct bz {
    bool neg;
    uint32_t n;
    uint32_t *d;
} bz;

// ---------------------------------------------------------------------------------------------
// Magnitudes.

static uint32_t *limbs(arena *ar, uint32_t n) {
    return ARENA_ARRAY(ar, uint32_t, n ? n : 1);
}

static uint32_t mag_trim(const uint32_t *d, uint32_t n) {
    while (n > 0 && d[n - 1] == 0) {
        n--;
    }
    return n;
}

static int mag_cmp(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    for (uint32_t i = an; i-- > 0;) {
        if (a[i] != b[i]) {
            return a[i] < b[i] ? -1 : 1;
        }
    }
    return 0;
}

// r (room for max(an, bn) + 1) = a + b; returns the length.
static uint32_t mag_add(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b,
                        uint32_t bn) {
    if (an < bn) {
        const uint32_t *t = a;
        a = b;
        b = t;
        uint32_t tn = an;
        an = bn;
        bn = tn;
    }
    uint64_t carry = 0;
    for (uint32_t i = 0; i < an; i++) {
        carry += (uint64_t)a[i] + (i < bn ? b[i] : 0);
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r[an] = (uint32_t)carry;
    return mag_trim(r, an + 1);
}

// r (room for an) = a - b, where a >= b.
static uint32_t mag_sub(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b,
                        uint32_t bn) {
    int64_t borrow = 0;
    for (uint32_t i = 0; i < an; i++) {
        int64_t v = (int64_t)a[i] - (i < bn ? b[i] : 0) - borrow;
        borrow = v < 0;
        r[i] = (uint32_t)(v + (borrow ? ((int64_t)1 << 32) : 0));
    }
    return mag_trim(r, an);
}

// r (an + bn limbs, all written) = a * b, schoolbook.
static void mul_school(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b,
                       uint32_t bn) {
    memset(r, 0, (size_t)(an + bn) * sizeof *r);
    for (uint32_t i = 0; i < an; i++) {
        uint64_t carry = 0;
        for (uint32_t j = 0; j < bn; j++) {
            carry += (uint64_t)a[i] * b[j] + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + bn] = (uint32_t)carry;
    }
}

// r[0, n) += x[0, xn) (xn <= n); the carry out of r is dropped (callers know there is none).
static void add_into(uint32_t *r, uint32_t n, const uint32_t *x, uint32_t xn) {
    uint64_t carry = 0;
    uint32_t i = 0;
    for (; i < xn; i++) {
        carry += (uint64_t)r[i] + x[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; carry && i < n; i++) {
        carry += r[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

// r[0, n) -= x[0, xn) (xn <= n, the result not negative).
static void sub_from(uint32_t *r, uint32_t n, const uint32_t *x, uint32_t xn) {
    int64_t borrow = 0;
    uint32_t i = 0;
    for (; i < xn; i++) {
        int64_t v = (int64_t)r[i] - x[i] - borrow;
        borrow = v < 0;
        r[i] = (uint32_t)v;
    }
    for (; borrow && i < n; i++) {
        borrow = r[i] == 0;
        r[i]--;
    }
}

enum { KARATSUBA_MIN = 40 };

// r (an + bn limbs, all written) = a * b, an >= bn: Karatsuba's three half-size products when
// both are long (a = a1 B^m + a0, b = b1 B^m + b0: a0 b0, a1 b1 and (a0 + a1)(b0 + b1) give
// the middle term), slices of a when b is much shorter. t: scratch of 8 (an + bn) + 64 limbs.
static void mul_rec(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn,
                    uint32_t *t) {
    if (bn < KARATSUBA_MIN) {
        mul_school(r, a, an, b, bn);
        return;
    }
    uint32_t m = (an + 1) / 2;
    if (bn <= m) {
        // b fits in half of a: a slice of a the length of b at a time.
        memset(r, 0, (size_t)(an + bn) * sizeof *r);
        uint32_t *p = t;
        for (uint32_t i = 0; i < an; i += bn) {
            uint32_t k = an - i < bn ? an - i : bn;
            if (k >= bn) {
                mul_rec(p, a + i, k, b, bn, t + 2 * bn);
            } else {
                mul_rec(p, b, bn, a + i, k, t + 2 * bn);
            }
            add_into(r + i, an + bn - i, p, k + bn);
        }
        return;
    }
    uint32_t a1n = an - m, b1n = bn - m;
    mul_rec(r, a, m, b, m, t);                     // z0 = a0 b0 in r[0, 2m)
    mul_rec(r + 2 * m, a + m, a1n, b + m, b1n, t); // z2 = a1 b1 in r[2m, an + bn)
    uint32_t *s1 = t, *s2 = t + m + 1, *z1 = t + 2 * m + 2, *rest = t + 4 * m + 4;
    memcpy(s1, a, (size_t)m * sizeof *s1);
    s1[m] = 0;
    add_into(s1, m + 1, a + m, a1n);
    memcpy(s2, b, (size_t)m * sizeof *s2);
    s2[m] = 0;
    add_into(s2, m + 1, b + m, b1n);
    mul_rec(z1, s1, m + 1, s2, m + 1, rest); // (a0 + a1)(b0 + b1), 2m + 2 limbs
    sub_from(z1, 2 * m + 2, r, 2 * m);
    sub_from(z1, 2 * m + 2, r + 2 * m, a1n + b1n);
    uint32_t z1n = mag_trim(z1, 2 * m + 2);
    add_into(r + m, an + bn - m, z1, z1n);
}

// r (room for an + bn) = a * b; returns the length. Long operands use scratch from the arena,
// handed back afterwards (false: no memory).
static bool mag_mul(arena *ar, uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b,
                    uint32_t bn, uint32_t *rn) {
    if (an < bn) {
        const uint32_t *t = a;
        a = b;
        b = t;
        uint32_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn < KARATSUBA_MIN) {
        mul_school(r, a, an, b, bn);
    } else {
        arena_mark mark = arena_save(ar);
        uint32_t *t = limbs(ar, 8 * (an + bn) + 64);
        if (!t) {
            return false;
        }
        mul_rec(r, a, an, b, bn, t);
        arena_rewind(ar, mark);
    }
    *rn = mag_trim(r, an + bn);
    return true;
}

// q (room for an) and rem (room for bn) from a / b, b non-zero: Knuth's algorithm D.
static bool mag_divmod(arena *ar, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn,
                       uint32_t *q, uint32_t *qn, uint32_t *rem, uint32_t *rn) {
    if (mag_cmp(a, an, b, bn) < 0) {
        *qn = 0;
        memcpy(rem, a, (size_t)an * sizeof *a);
        *rn = an;
        return true;
    }
    if (bn == 1) {
        uint64_t r = 0;
        for (uint32_t i = an; i-- > 0;) {
            uint64_t cur = (r << 32) | a[i];
            q[i] = (uint32_t)(cur / b[0]);
            r = cur % b[0];
        }
        *qn = mag_trim(q, an);
        rem[0] = (uint32_t)r;
        *rn = mag_trim(rem, 1);
        return true;
    }
    // Normalise so that the divisor's top limb has its high bit set.
    int s = 0;
    while (!(b[bn - 1] & (0x80000000u >> s))) {
        s++;
    }
    uint32_t *u = limbs(ar, an + 1), *v = limbs(ar, bn);
    if (!u || !v) {
        return false;
    }
    for (uint32_t i = bn; i-- > 0;) {
        v[i] = (b[i] << s) | (s && i > 0 ? b[i - 1] >> (32 - s) : 0);
    }
    u[an] = s ? a[an - 1] >> (32 - s) : 0;
    for (uint32_t i = an; i-- > 0;) {
        u[i] = (a[i] << s) | (s && i > 0 ? a[i - 1] >> (32 - s) : 0);
    }
    for (uint32_t j = an - bn + 1; j-- > 0;) {
        uint64_t num = ((uint64_t)u[j + bn] << 32) | u[j + bn - 1];
        uint64_t qhat = num / v[bn - 1];
        uint64_t rhat = num % v[bn - 1];
        while (qhat >= ((uint64_t)1 << 32) || qhat * v[bn - 2] > ((rhat << 32) | u[j + bn - 2])) {
            qhat--;
            rhat += v[bn - 1];
            if (rhat >= ((uint64_t)1 << 32)) {
                break;
            }
        }
        // u[j .. j+bn] -= qhat * v
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (uint32_t i = 0; i < bn; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)u[i + j] - borrow - (int64_t)(p & 0xffffffffu);
            u[i + j] = (uint32_t)t;
            borrow = t < 0;
        }
        int64_t t = (int64_t)u[j + bn] - borrow - (int64_t)carry;
        u[j + bn] = (uint32_t)t;
        if (t < 0) {
            // qhat was one too big: add v back.
            qhat--;
            uint64_t c2 = 0;
            for (uint32_t i = 0; i < bn; i++) {
                c2 += (uint64_t)u[i + j] + v[i];
                u[i + j] = (uint32_t)c2;
                c2 >>= 32;
            }
            u[j + bn] += (uint32_t)c2;
        }
        q[j] = (uint32_t)qhat;
    }
    for (uint32_t i = an - bn + 1; i < an; i++) {
        q[i] = 0;
    }
    *qn = mag_trim(q, an);
    for (uint32_t i = 0; i < bn; i++) {
        rem[i] = (u[i] >> s) | (s ? u[i + 1] << (32 - s) : 0);
    }
    *rn = mag_trim(rem, bn);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Signed integers (bz) and conversions.

static bz bz_from_i64(arena *ar, int64_t v, bool *ok) {
    bz r = {v < 0, 0, limbs(ar, 2)};
    if (!r.d) {
        *ok = false;
        return r;
    }
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    r.d[0] = (uint32_t)m;
    r.d[1] = (uint32_t)(m >> 32);
    r.n = mag_trim(r.d, 2);
    return r;
}

static bz bz_of(arena *ar, fold_num v, bool *ok) {
    if (v.kind == FNUM_BIG) {
        return (bz){v.b->neg, v.b->n, (uint32_t *)v.b->d};
    }
    return bz_from_i64(ar, v.i, ok);
}

// The fold_num of a bz: int64 when it fits.
static fold_status bz_result(arena *ar, bz x, fold_num *r) {
    x.n = mag_trim(x.d, x.n);
    if (x.n > MAX_LIMBS) {
        return FOLD_NO;
    }
    if (x.n <= 2) {
        uint64_t m = x.n == 0 ? 0 : x.n == 1 ? x.d[0] : ((uint64_t)x.d[1] << 32 | x.d[0]);
        if (!x.neg && m <= (uint64_t)INT64_MAX) {
            *r = (fold_num){.kind = FNUM_INT, .i = (int64_t)m};
            return FOLD_OK;
        }
        if (x.neg && m <= (uint64_t)INT64_MAX + 1) {
            *r = (fold_num){.kind = FNUM_INT, .i = (int64_t)(0 - m)};
            return FOLD_OK;
        }
    }
    fold_big *b = ARENA_NEW(ar, fold_big);
    uint32_t *d = limbs(ar, x.n);
    if (!b || !d) {
        return FOLD_NO_MEM;
    }
    memcpy(d, x.d, (size_t)x.n * sizeof *d);
    b->neg = x.neg;
    b->n = x.n;
    b->d = d;
    *r = (fold_num){.kind = FNUM_BIG, .b = b};
    return FOLD_OK;
}

// MicroPython's int-to-float conversion: exact C conversion for machine-sized values, and
// for bigger ones mpz_as_float's digit-by-digit accumulation (32-bit digits on 64-bit hosts).
static double num_to_double(fold_num v) {
    if (v.kind == FNUM_FLOAT) {
        return v.f;
    }
    if (v.kind == FNUM_INT) {
        return (double)v.i;
    }
    double val = 0;
    for (uint32_t i = v.b->n; i-- > 0;) {
        val = val * 4294967296.0 + v.b->d[i];
    }
    return v.b->neg ? -val : val;
}

static bool num_is_int(fold_num v) {
    return v.kind != FNUM_FLOAT;
}

static bool num_is_neg(fold_num v) {
    return v.kind == FNUM_INT ? v.i < 0 : v.kind == FNUM_BIG ? v.b->neg : v.f < 0;
}

static bool num_is_zero(fold_num v) {
    return v.kind == FNUM_INT && v.i == 0;
}

static fold_num flt(double f) {
    return (fold_num){.kind = FNUM_FLOAT, .f = f};
}

// a + b or a - b with signs.
static fold_status bz_addsub(arena *ar, bz a, bz b, bool sub, fold_num *r) {
    bool bneg = sub ? !b.neg : b.neg;
    uint32_t n = (a.n > b.n ? a.n : b.n) + 1;
    bz x = {false, 0, limbs(ar, n)};
    if (!x.d) {
        return FOLD_NO_MEM;
    }
    if (a.neg == bneg) {
        x.n = mag_add(x.d, a.d, a.n, b.d, b.n);
        x.neg = a.neg;
    } else if (mag_cmp(a.d, a.n, b.d, b.n) >= 0) {
        x.n = mag_sub(x.d, a.d, a.n, b.d, b.n);
        x.neg = a.neg;
    } else {
        x.n = mag_sub(x.d, b.d, b.n, a.d, a.n);
        x.neg = bneg;
    }
    return bz_result(ar, x, r);
}

static fold_status bz_mul(arena *ar, bz a, bz b, fold_num *r) {
    if (a.n + b.n > MAX_LIMBS + 1) {
        return FOLD_NO;
    }
    bz x = {a.neg != b.neg, 0, limbs(ar, a.n + b.n)};
    if (!x.d || !mag_mul(ar, x.d, a.d, a.n, b.d, b.n, &x.n)) {
        return FOLD_NO_MEM;
    }
    return bz_result(ar, x, r);
}

// Python's floor division and modulo (b non-zero).
static fold_status bz_divmod(arena *ar, bz a, bz b, fold_num *q, fold_num *m) {
    bz qq = {false, 0, limbs(ar, a.n ? a.n : 1)};
    bz rr = {false, 0, limbs(ar, b.n)};
    if (!qq.d || !rr.d || !mag_divmod(ar, a.d, a.n, b.d, b.n, qq.d, &qq.n, rr.d, &rr.n)) {
        return FOLD_NO_MEM;
    }
    if (a.neg != b.neg && rr.n > 0) {
        // q = -(q + 1), r = |b| - r
        uint32_t one = 1;
        bz q1 = {false, 0, limbs(ar, qq.n + 1)};
        bz r1 = {false, 0, limbs(ar, b.n)};
        if (!q1.d || !r1.d) {
            return FOLD_NO_MEM;
        }
        q1.n = mag_add(q1.d, qq.d, qq.n, &one, 1);
        r1.n = mag_sub(r1.d, b.d, b.n, rr.d, rr.n);
        qq = q1;
        rr = r1;
    }
    qq.neg = a.neg != b.neg && qq.n > 0;
    rr.neg = b.neg && rr.n > 0;
    fold_status st = q ? bz_result(ar, qq, q) : FOLD_OK;
    if (st == FOLD_OK && m) {
        st = bz_result(ar, rr, m);
    }
    return st;
}

// Two's complement in n limbs (n larger than the magnitude), for the bitwise operators.
static uint32_t *twos(arena *ar, bz a, uint32_t n) {
    uint32_t *t = limbs(ar, n);
    if (!t) {
        return NULL;
    }
    for (uint32_t i = 0; i < n; i++) {
        t[i] = i < a.n ? a.d[i] : 0;
    }
    if (a.neg) {
        uint64_t carry = 1;
        for (uint32_t i = 0; i < n; i++) {
            carry += (uint32_t)~t[i];
            t[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    return t;
}

static fold_status bz_bitwise(arena *ar, int op, bz a, bz b, fold_num *r) {
    uint32_t n = (a.n > b.n ? a.n : b.n) + 1;
    uint32_t *x = twos(ar, a, n), *y = twos(ar, b, n);
    if (!x || !y) {
        return FOLD_NO_MEM;
    }
    for (uint32_t i = 0; i < n; i++) {
        x[i] = op == AST_OP_AND ? x[i] & y[i] : op == AST_OP_OR ? x[i] | y[i] : x[i] ^ y[i];
    }
    bz res = {(x[n - 1] & 0x80000000u) != 0, n, x};
    if (res.neg) {
        // back from two's complement: magnitude = ~x + 1
        uint64_t carry = 1;
        for (uint32_t i = 0; i < n; i++) {
            carry += (uint32_t)~x[i];
            x[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    return bz_result(ar, res, r);
}

static fold_status bz_shift(arena *ar, bz a, int64_t k, bool left, fold_num *r) {
    uint32_t words = (uint32_t)(k / 32);
    int bits = (int)(k % 32);
    if (left) {
        if ((uint64_t)a.n + words + 1 > MAX_LIMBS + 1) {
            return a.n == 0 ? (*r = (fold_num){.kind = FNUM_INT}, FOLD_OK) : FOLD_NO;
        }
        uint32_t n = a.n + words + 1;
        bz x = {a.neg, n, limbs(ar, n)};
        if (!x.d) {
            return FOLD_NO_MEM;
        }
        memset(x.d, 0, (size_t)n * sizeof *x.d);
        for (uint32_t i = 0; i < a.n; i++) {
            uint64_t v = (uint64_t)a.d[i] << bits;
            x.d[i + words] |= (uint32_t)v;
            x.d[i + words + 1] |= (uint32_t)(v >> 32);
        }
        return bz_result(ar, x, r);
    }
    // Right shift rounds towards minus infinity: for a < 0, -((|a| - 1) >> k) - 1.
    bz m = a;
    if (a.neg) {
        uint32_t one = 1;
        m.d = limbs(ar, a.n);
        if (!m.d) {
            return FOLD_NO_MEM;
        }
        m.n = mag_sub(m.d, a.d, a.n, &one, 1);
    }
    bz x = {false, 0, limbs(ar, m.n + 1)};
    if (!x.d) {
        return FOLD_NO_MEM;
    }
    if (k >= (int64_t)m.n * 32) {
        x.n = 0;
    } else {
        x.n = m.n - words;
        for (uint32_t i = 0; i < x.n; i++) {
            uint64_t v =
                m.d[i + words] | (i + words + 1 < m.n ? (uint64_t)m.d[i + words + 1] << 32 : 0);
            x.d[i] = (uint32_t)(v >> bits);
        }
        x.n = mag_trim(x.d, x.n);
    }
    if (a.neg) {
        uint32_t one = 1;
        bz y = {true, 0, limbs(ar, x.n + 1)};
        if (!y.d) {
            return FOLD_NO_MEM;
        }
        y.n = mag_add(y.d, x.d, x.n, &one, 1);
        return bz_result(ar, y, r);
    }
    return bz_result(ar, x, r);
}

static fold_status bz_pow(arena *ar, bz a, int64_t e, fold_num *r) {
    fold_num acc = {.kind = FNUM_INT, .i = 1};
    fold_num base;
    fold_status st = bz_result(ar, a, &base);
    bool ok = true;
    while (st == FOLD_OK && e > 0) {
        if (e & 1) {
            bz x = bz_of(ar, acc, &ok), y = bz_of(ar, base, &ok);
            st = ok ? bz_mul(ar, x, y, &acc) : FOLD_NO_MEM;
        }
        e >>= 1;
        if (st == FOLD_OK && e > 0) {
            bz x = bz_of(ar, base, &ok);
            st = ok ? bz_mul(ar, x, x, &base) : FOLD_NO_MEM;
        }
    }
    if (st == FOLD_OK) {
        *r = acc;
    }
    return st;
}

// ---------------------------------------------------------------------------------------------
// Floats: mp_obj_float_binary_op.

static fold_status float_binary(int op, double x, double y, fold_num *r) {
    switch (op) {
        case AST_OP_ADD:
            x += y;
            break;
        case AST_OP_SUB:
            x -= y;
            break;
        case AST_OP_MUL:
            x *= y;
            break;
        case AST_OP_FLOORDIV: {
            if (y == 0) {
                return FOLD_NO;
            }
            double mod = fmod(x, y);
            double div = (x - mod) / y;
            if (mod != 0 && (mod < 0) != (y < 0)) {
                div -= 1.0;
            }
            double fl;
            if (div == 0) {
                fl = copysign(0.0, x / y);
            } else {
                fl = floor(div);
                if (div - fl > 0.5) {
                    fl += 1.0;
                }
            }
            x = fl;
            break;
        }
        case AST_OP_TRUEDIV:
            if (y == 0) {
                return FOLD_NO;
            }
            x /= y;
            break;
        case AST_OP_MOD:
            if (y == 0) {
                return FOLD_NO;
            }
            x = fmod(x, y);
            if (x == 0) {
                x = copysign(0.0, y);
            } else if ((x < 0) != (y < 0)) {
                x += y;
            }
            break;
        case AST_OP_POW:
            if (x == 0 && y < 0 && !isinf(y)) {
                return FOLD_NO;
            }
            if (x < 0 && y != floor(y) && !isnan(y)) {
                return FOLD_NO; // a complex result
            }
            x = pow(x, y);
            break;
        default:
            return FOLD_NO; // | ^ & << >> @ are not float operators
    }
    *r = flt(x);
    return FOLD_OK;
}

// ---------------------------------------------------------------------------------------------
// The operators.

static bool small_shift_fits(int64_t a, int64_t k) {
    return k < 62 && a <= (INT64_MAX >> k) && a >= (INT64_MIN >> k);
}

// Work of folding on big integers, in limb steps: mostly the conversions to and from decimal
// text (the form constants keep), each quadratic in the length, and a division's.
static uint64_t limbs_of(fold_num v) {
    return v.kind == FNUM_BIG ? v.b->n : v.kind == FNUM_INT ? 2 : 0;
}

static uint64_t bit_length(fold_num v) {
    uint64_t top = v.kind == FNUM_BIG ? v.b->d[v.b->n - 1]
                   : v.i < 0          ? 0 - (uint64_t)v.i
                                      : (uint64_t)v.i;
    uint64_t bits = v.kind == FNUM_BIG ? (uint64_t)(v.b->n - 1) * 32 : 0;
    for (; top; top >>= 1) {
        bits++;
    }
    return bits;
}

static uint64_t square(uint64_t n) {
    return n > 2 ? n * n : 0;
}

uint64_t fold_num_work(int op, fold_num a, fold_num b) {
    uint64_t la = limbs_of(a), lb = limbs_of(b), lr;
    if (!la || !lb) {
        return 0; // a float: no big integer involved
    }
    switch (op) {
        case AST_OP_MUL:
            lr = la + lb;
            break;
        case AST_OP_FLOORDIV:
        case AST_OP_MOD:
            lr = la;
            break;
        case AST_OP_POW:
        case AST_OP_LSHIFT:
            if (b.kind != FNUM_INT || b.i < 0) {
                return square(la) + square(lb);
            }
            if (b.i > (int64_t)MAX_LIMBS * 64) {
                return UINT64_MAX / 4; // bigger than folding keeps in any case
            }
            lr = op == AST_OP_POW ? bit_length(a) * (uint64_t)b.i / 32 + 1
                                  : la + (uint64_t)b.i / 32 + 1;
            break;
        case AST_OP_RSHIFT:
            lr = la;
            break;
        default:
            lr = (la > lb ? la : lb) + 1;
            break;
    }
    if (lr > (uint64_t)MAX_LIMBS + 2) {
        lr = (uint64_t)MAX_LIMBS + 2;
    }
    uint64_t w = square(lr) + square(la) + square(lb);
    if (op == AST_OP_FLOORDIV || op == AST_OP_MOD) {
        w += la * lb;
    }
    return w;
}

fold_status fold_num_binary(arena *ar, int op, fold_num a, fold_num b, fold_num *r) {
    if (!num_is_int(a) || !num_is_int(b)) {
        return float_binary(op, num_to_double(a), num_to_double(b), r);
    }
    bool small = a.kind == FNUM_INT && b.kind == FNUM_INT;
    int64_t x = a.i, y = b.i, z;
    switch (op) {
        case AST_OP_OR:
        case AST_OP_XOR:
        case AST_OP_AND:
            if (small) {
                *r = (fold_num){.kind = FNUM_INT,
                                .i = op == AST_OP_OR    ? x | y
                                     : op == AST_OP_AND ? x & y
                                                        : x ^ y};
                return FOLD_OK;
            }
            break;
        case AST_OP_LSHIFT:
        case AST_OP_RSHIFT:
            if (num_is_neg(b) || b.kind == FNUM_BIG) {
                return FOLD_NO; // negative shift count, or one that does not fit a machine int
            }
            if (a.kind == FNUM_INT && op == AST_OP_RSHIFT) {
                *r = (fold_num){.kind = FNUM_INT, .i = x >> (y > 63 ? 63 : y)};
                return FOLD_OK;
            }
            if (a.kind == FNUM_INT && small_shift_fits(x, y)) {
                *r = (fold_num){.kind = FNUM_INT, .i = (int64_t)((uint64_t)x << y)};
                return FOLD_OK;
            }
            {
                bool ok = true;
                bz ab = bz_of(ar, a, &ok);
                return ok ? bz_shift(ar, ab, b.i, op == AST_OP_LSHIFT, r) : FOLD_NO_MEM;
            }
        case AST_OP_ADD:
            if (small && !__builtin_add_overflow(x, y, &z)) {
                *r = (fold_num){.kind = FNUM_INT, .i = z};
                return FOLD_OK;
            }
            break;
        case AST_OP_SUB:
            if (small && !__builtin_sub_overflow(x, y, &z)) {
                *r = (fold_num){.kind = FNUM_INT, .i = z};
                return FOLD_OK;
            }
            break;
        case AST_OP_MUL:
            if (small && !__builtin_mul_overflow(x, y, &z)) {
                *r = (fold_num){.kind = FNUM_INT, .i = z};
                return FOLD_OK;
            }
            break;
        case AST_OP_MATMUL:
            return FOLD_NO;
        case AST_OP_FLOORDIV:
        case AST_OP_MOD:
            if (num_is_zero(b)) {
                return FOLD_NO;
            }
            if (small && !(x == INT64_MIN && y == -1)) {
                int64_t q = x / y, m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) {
                    q -= 1;
                    m += y;
                }
                *r = (fold_num){.kind = FNUM_INT, .i = op == AST_OP_MOD ? m : q};
                return FOLD_OK;
            }
            break;
        case AST_OP_TRUEDIV:
            if (num_is_zero(b)) {
                return FOLD_NO;
            }
            *r = flt(num_to_double(a) / num_to_double(b));
            return FOLD_OK;
        case AST_OP_POW:
            if (num_is_neg(b)) {
                return float_binary(op, num_to_double(a), num_to_double(b), r);
            }
            if (b.kind == FNUM_BIG) {
                // Only 0, 1 and -1 keep a size that can be folded.
                if (a.kind == FNUM_INT && (a.i == 0 || a.i == 1)) {
                    *r = a;
                    return FOLD_OK;
                }
                if (a.kind == FNUM_INT && a.i == -1) {
                    *r = (fold_num){.kind = FNUM_INT, .i = (b.b->d[0] & 1) ? -1 : 1};
                    return FOLD_OK;
                }
                return FOLD_NO;
            }
            {
                bool ok = true;
                bz ab = bz_of(ar, a, &ok);
                if (!ok) {
                    return FOLD_NO_MEM;
                }
                if (ab.n == 0 || (ab.n == 1 && ab.d[0] == 1)) {
                    // 0 ** y, 1 ** y, (-1) ** y
                    int64_t v = ab.n == 0 ? (y == 0) : (ab.neg && (y & 1)) ? -1 : 1;
                    *r = (fold_num){.kind = FNUM_INT, .i = v};
                    return FOLD_OK;
                }
                if (y > (int64_t)MAX_LIMBS * 32) {
                    return FOLD_NO;
                }
                return bz_pow(ar, ab, y, r);
            }
        default:
            return FOLD_NO;
    }
    // The arbitrary-precision path.
    bool ok = true;
    bz ab = bz_of(ar, a, &ok), bb = bz_of(ar, b, &ok);
    if (!ok) {
        return FOLD_NO_MEM;
    }
    switch (op) {
        case AST_OP_OR:
        case AST_OP_XOR:
        case AST_OP_AND:
            return bz_bitwise(ar, op, ab, bb, r);
        case AST_OP_ADD:
        case AST_OP_SUB:
            return bz_addsub(ar, ab, bb, op == AST_OP_SUB, r);
        case AST_OP_MUL:
            return bz_mul(ar, ab, bb, r);
        case AST_OP_FLOORDIV:
            return bz_divmod(ar, ab, bb, r, NULL);
        case AST_OP_MOD:
            return bz_divmod(ar, ab, bb, NULL, r);
        default:
            return FOLD_NO;
    }
}

fold_status fold_num_unary(arena *ar, int op, fold_num a, fold_num *r) {
    if (op == AST_UNOP_POS) {
        *r = a;
        return FOLD_OK;
    }
    if (a.kind == FNUM_FLOAT) {
        if (op != AST_UNOP_NEG) {
            return FOLD_NO; // ~ is for ints only
        }
        *r = flt(-a.f);
        return FOLD_OK;
    }
    if (a.kind == FNUM_INT) {
        if (op == AST_UNOP_INVERT) {
            *r = (fold_num){.kind = FNUM_INT, .i = ~a.i};
            return FOLD_OK;
        }
        if (a.i != INT64_MIN) {
            *r = (fold_num){.kind = FNUM_INT, .i = -a.i};
            return FOLD_OK;
        }
    }
    bool ok = true;
    bz x = bz_of(ar, a, &ok);
    if (!ok) {
        return FOLD_NO_MEM;
    }
    if (op == AST_UNOP_NEG) {
        x.neg = !x.neg && x.n > 0;
        return bz_result(ar, x, r);
    }
    // ~a == -a - 1
    fold_num minus_one = {.kind = FNUM_INT, .i = 1};
    bz one = bz_of(ar, minus_one, &ok);
    if (!ok) {
        return FOLD_NO_MEM;
    }
    x.neg = !x.neg && x.n > 0;
    return bz_addsub(ar, x, one, true, r);
}

fold_status fold_num_from_digits(arena *ar, const char *digits, size_t n, unsigned base,
                                 fold_num *r) {
    if ((double)n * log2((double)base) > (double)MAX_LIMBS * 32 + 32) {
        return FOLD_NO; // past the size folding keeps, before spending time on it
    }
    uint32_t cap = (uint32_t)(n * 4 / 32 + 2);
    bz x = {false, 0, limbs(ar, cap)};
    if (!x.d) {
        return FOLD_NO_MEM;
    }
    // Digits go in by groups whose value fits a limb (9 decimal ones), so a long literal
    // costs one pass over the number per group rather than per digit.
    uint32_t per_group = 1;
    for (uint64_t p = base; p * base <= UINT32_MAX; p *= base) {
        per_group++;
    }
    for (size_t i = 0; i < n;) {
        uint64_t group = 0, scale = 1;
        for (uint32_t k = 0; k < per_group && i < n; k++, i++) {
            char c = digits[i];
            unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                         : c >= 'a' && c <= 'z' ? (unsigned)(c - 'a' + 10)
                         : c >= 'A' && c <= 'Z' ? (unsigned)(c - 'A' + 10)
                                                : 99;
            if (d >= base) {
                return FOLD_NO;
            }
            group = group * base + d;
            scale *= base;
        }
        uint64_t carry = group;
        for (uint32_t j = 0; j < x.n; j++) {
            carry += (uint64_t)x.d[j] * scale;
            x.d[j] = (uint32_t)carry;
            carry >>= 32;
        }
        if (carry) {
            x.d[x.n++] = (uint32_t)carry;
        }
    }
    return bz_result(ar, x, r);
}

// ---------------------------------------------------------------------------------------------
// Decimal text. A magnitude is turned into base-10^9 "digits" (least significant first) by
// halving: N = H * 2^(32m) + L gives dec(N) = dec(H) * dec(2^(32m)) + dec(L), where m is a
// power of two and the powers come from squaring. Its work is multiplications, whose steps do
// not wait on each other, where repeated division by 10^9 is one long chain of dependent
// divisions: a 2,000,000-bit number takes a fraction of a second instead of eight.

enum { DEC_BASE = 1000000000u, DEC_SMALL = 32 };

// The base-10^9 digits of a magnitude of at most DEC_SMALL limbs, by repeated division.
static uint32_t dec_small(const uint32_t *d, uint32_t n, uint32_t *out) {
    uint32_t t[DEC_SMALL];
    memcpy(t, d, (size_t)n * sizeof *t);
    n = mag_trim(t, n);
    uint32_t k = 0;
    while (n > 0) {
        uint64_t rem = 0;
        for (uint32_t i = n; i-- > 0;) {
            uint64_t cur = (rem << 32) | t[i];
            t[i] = (uint32_t)(cur / DEC_BASE);
            rem = cur % DEC_BASE;
        }
        n = mag_trim(t, n);
        out[k++] = (uint32_t)rem;
    }
    return k;
}

// r (room for an + bn) = a * b + c (cn <= an + bn) in base 10^9. Columns add up in 64 bits;
// every 16 rows each column hands its excess to the next one in an independent step (16
// products below 10^18 and a carry below 2^35 stay below 2^64); one carrying pass ends it.
static uint32_t dec_mul_add(uint64_t *acc, uint32_t *r, const uint32_t *a, uint32_t an,
                            const uint32_t *b, uint32_t bn, const uint32_t *c, uint32_t cn) {
    uint32_t n = an + bn;
    memset(acc, 0, (size_t)n * sizeof *acc);
    for (uint32_t i = 0; i < cn; i++) {
        acc[i] = c[i];
    }
    for (uint32_t i = 0; i < an; i++) {
        uint64_t x = a[i];
        uint64_t *row = acc + i;
        for (uint32_t j = 0; j < bn; j++) {
            row[j] += x * b[j];
        }
        if (i % 16 == 15 || i + 1 == an) {
            uint64_t carry = 0;
            for (uint32_t k = i + 1 >= 16 ? i + 1 - 16 : 0; k < i + 1 + bn; k++) {
                uint64_t v = acc[k] + carry;
                carry = v / DEC_BASE;
                acc[k] = v % DEC_BASE;
            }
            for (uint32_t k = i + 1 + bn; carry; k++) {
                uint64_t v = acc[k] + carry;
                carry = v / DEC_BASE;
                acc[k] = v % DEC_BASE;
            }
        }
    }
    for (uint32_t k = 0; k < n; k++) {
        r[k] = (uint32_t)acc[k];
    }
    while (n > 0 && r[n - 1] == 0) {
        n--;
    }
    return n;
}

typedef struct dec_ctx {
    arena *ar;
    uint32_t *pow[32]; // pow[k]: the base-10^9 digits of 2^(32 * 2^k)
    uint32_t pow_n[32];
    uint64_t *acc; // scratch for dec_mul_add, as long as the largest product
} dec_ctx;

// out (room for n * 32 / 29 + 2 digits): the base-10^9 digits of d[0, n); returns their
// number, 0 for zero, or UINT32_MAX when memory ran out.
static uint32_t dec_digits(dec_ctx *x, const uint32_t *d, uint32_t n, uint32_t *out) {
    n = mag_trim(d, n);
    if (n <= DEC_SMALL) {
        return dec_small(d, n, out);
    }
    uint32_t k = 0;
    while (((uint32_t)2 << k) < n) {
        k++;
    }
    uint32_t m = (uint32_t)1 << k; // m < n <= 2m
    for (uint32_t j = 0; j <= k; j++) {
        if (x->pow[j]) {
            continue;
        }
        uint32_t pn = j ? 2 * x->pow_n[j - 1] : 2;
        x->pow[j] = limbs(x->ar, pn);
        if (!x->pow[j]) {
            return UINT32_MAX;
        }
        if (j == 0) {
            x->pow[0][0] = 294967296u; // 2^32 = 4 294967296
            x->pow[0][1] = 4u;
            x->pow_n[0] = 2;
            continue;
        }
        x->pow_n[j] = dec_mul_add(x->acc, x->pow[j], x->pow[j - 1], x->pow_n[j - 1], x->pow[j - 1],
                                  x->pow_n[j - 1], NULL, 0);
    }
    uint32_t *hi = limbs(x->ar, (n - m) * 32 / 29 + 2);
    uint32_t *lo = limbs(x->ar, m * 32 / 29 + 2);
    if (!hi || !lo) {
        return UINT32_MAX;
    }
    uint32_t hn = dec_digits(x, d + m, n - m, hi);
    uint32_t ln = dec_digits(x, d, m, lo);
    if (hn == UINT32_MAX || ln == UINT32_MAX) {
        return UINT32_MAX;
    }
    return dec_mul_add(x->acc, out, hi, hn, x->pow[k], x->pow_n[k], lo, ln);
}

emit_const *fold_num_to_const(arena *ar, fold_num v) {
    if (v.kind == FNUM_FLOAT) {
        return emit_const_new_float(ar, v.f);
    }
    if (v.kind == FNUM_INT) {
        return emit_const_new_int(ar, v.i);
    }
    // The value lies outside int64_t (FNUM_BIG), so it is a big INT in emit_const's normal
    // form: the sign and the digits without leading zeros. The text and the constant come
    // first; the working memory of the conversion is handed back afterwards.
    uint32_t n = v.b->n;
    uint32_t max_digits = n * 32 / 29 + 2;
    char *text = ARENA_ARRAY(ar, char, (size_t)max_digits * 9 + 2);
    emit_const *c = ARENA_NEW(ar, emit_const);
    if (!text || !c) {
        return NULL;
    }
    arena_mark mark = arena_save(ar);
    dec_ctx x = {.ar = ar};
    x.acc = ARENA_ARRAY(ar, uint64_t, 2 * (size_t)max_digits + 2);
    uint32_t *digits = limbs(ar, max_digits);
    uint32_t nd = x.acc && digits ? dec_digits(&x, v.b->d, n, digits) : UINT32_MAX;
    if (nd == UINT32_MAX || nd == 0) {
        arena_rewind(ar, mark);
        return NULL;
    }
    size_t at = 0;
    if (v.b->neg) {
        text[at++] = '-';
    }
    at += (size_t)snprintf(text + at, 11, "%u", (unsigned)digits[nd - 1]);
    for (uint32_t i = nd - 1; i-- > 0;) {
        uint32_t g = digits[i];
        for (int k = 8; k >= 0; k--) {
            text[at + (size_t)k] = (char)('0' + g % 10);
            g /= 10;
        }
        at += 9;
    }
    text[at] = '\0';
    arena_rewind(ar, mark);
    c->kind = EMIT_CONST_INT;
    c->is_big = true;
    c->len = (uint32_t)at;
    c->u.text = text;
    return c;
}

fold_status fold_num_from_const(arena *ar, const emit_const *c, fold_num *r) {
    if (c->kind == EMIT_CONST_FLOAT) {
        *r = flt(c->u.fval);
        return FOLD_OK;
    }
    if (c->kind != EMIT_CONST_INT) {
        return FOLD_NO;
    }
    if (!c->is_big) {
        *r = (fold_num){.kind = FNUM_INT, .i = c->u.ival};
        return FOLD_OK;
    }
    bool neg = c->len > 0 && c->u.text[0] == '-';
    fold_status st = fold_num_from_digits(ar, c->u.text + neg, c->len - neg, 10, r);
    if (st == FOLD_OK && neg) {
        st = fold_num_unary(ar, AST_UNOP_NEG, *r, r);
    }
    return st;
}
