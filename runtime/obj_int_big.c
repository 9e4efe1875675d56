// Big ints (int_big.h): magnitude arithmetic on arrays of 32-bit digits (schoolbook
// multiplication, Knuth's algorithm D for division), signed operations with Python's floor
// division and two's-complement bitwise semantics on top, conversion to text and floats.
#include "int_big.h"

#include <math.h>
#include <string.h>

#include "runtime.h"

typedef uint32_t digit;
typedef uint64_t ddigit;
#define DIGIT_BITS 32

// A read-only view of any int as sign and magnitude.
typedef struct num {
    const digit *d;
    size_t len;
    bool neg;
} num;

static num view(rt_obj_t o, digit tmp[3]) {
    num n;
    if (RT_OBJ_IS_SMALL_INT(o)) {
        rt_int_t v = RT_OBJ_SMALL_INT_VALUE(o);
        n.neg = v < 0;
        uint64_t m = n.neg ? (uint64_t)0 - (uint64_t)(int64_t)v : (uint64_t)v;
        tmp[0] = (digit)m;
        tmp[1] = (digit)(m >> 32);
        n.len = tmp[1] ? 2 : tmp[0] ? 1 : 0;
        n.d = tmp;
        return n;
    }
    const rt_obj_int_big_t *b = o;
    n.d = b->digits;
    n.len = b->len;
    n.neg = b->neg;
    return n;
}

static rt_obj_int_big_t *alloc_big(size_t len) {
    rt_obj_int_big_t *b = RT_NEW_VAR(rt_obj_int_big_t, digit, len == 0 ? 1 : len);
    b->base.type = &rt_type_int;
    b->len = len;
    return b;
}

// Strips leading zero digits and returns a small int when the value fits.
static rt_obj_t normalise(rt_obj_int_big_t *b) {
    while (b->len > 0 && b->digits[b->len - 1] == 0) {
        b->len--;
    }
    if (b->len <= 2) {
        uint64_t m = b->len == 0   ? 0
                     : b->len == 1 ? b->digits[0]
                                   : ((uint64_t)b->digits[1] << 32) | b->digits[0];
        if (m <= (uint64_t)RT_SMALL_INT_MAX) {
            rt_int_t v = (rt_int_t)m;
            return RT_OBJ_NEW_SMALL_INT(b->neg ? -v : v);
        }
        if (b->neg && m == (uint64_t)RT_SMALL_INT_MAX + 1) {
            return RT_OBJ_NEW_SMALL_INT(RT_SMALL_INT_MIN);
        }
    }
    if (b->len == 0) {
        b->neg = false;
    }
    return b;
}

rt_obj_t rt_int_big_from_ull(unsigned long long v) {
    rt_obj_int_big_t *b = alloc_big(2);
    b->digits[0] = (digit)v;
    b->digits[1] = (digit)(v >> 32);
    return normalise(b);
}

rt_obj_t rt_int_big_from_ll(long long v) {
    unsigned long long m = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    rt_obj_int_big_t *b = alloc_big(2);
    b->digits[0] = (digit)m;
    b->digits[1] = (digit)(m >> 32);
    b->neg = v < 0;
    return normalise(b);
}

bool rt_int_big_to_ll(rt_obj_t o, long long *v) {
    digit tmp[3];
    num n = view(o, tmp);
    if (n.len > 2) {
        return false;
    }
    uint64_t m = n.len == 0 ? 0 : n.len == 1 ? n.d[0] : ((uint64_t)n.d[1] << 32) | n.d[0];
    if (n.neg) {
        if (m > (uint64_t)INT64_MAX + 1) {
            return false;
        }
        *v = (long long)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX) {
            return false;
        }
        *v = (long long)m;
    }
    return true;
}

int rt_int_big_sign(rt_obj_t o) {
    digit tmp[3];
    num n = view(o, tmp);
    return n.len == 0 ? 0 : n.neg ? -1 : 1;
}

rt_int_t rt_int_big_hash(rt_obj_t o) {
    digit tmp[3];
    num n = view(o, tmp);
    rt_uint_t h = 0;
    for (size_t i = n.len; i > 0; i--) {
        h = h * 1000003u ^ n.d[i - 1];
    }
    rt_int_t v = (rt_int_t)(h & (rt_uint_t)RT_SMALL_INT_MAX);
    return n.neg ? -v : v;
}

// ---------------------------------------------------------------------------------------------
// Magnitudes

static int cmp_mag(const digit *a, size_t al, const digit *b, size_t bl) {
    if (al != bl) {
        return al < bl ? -1 : 1;
    }
    for (size_t i = al; i > 0; i--) {
        if (a[i - 1] != b[i - 1]) {
            return a[i - 1] < b[i - 1] ? -1 : 1;
        }
    }
    return 0;
}

// r = a + b; r has room for max(al, bl) + 1 digits.
static size_t add_mag(digit *r, const digit *a, size_t al, const digit *b, size_t bl) {
    if (al < bl) {
        const digit *t = a;
        a = b;
        b = t;
        size_t tl = al;
        al = bl;
        bl = tl;
    }
    ddigit carry = 0;
    size_t i = 0;
    for (; i < bl; i++) {
        carry += (ddigit)a[i] + b[i];
        r[i] = (digit)carry;
        carry >>= 32;
    }
    for (; i < al; i++) {
        carry += a[i];
        r[i] = (digit)carry;
        carry >>= 32;
    }
    r[i] = (digit)carry;
    return al + 1;
}

// r = a - b with a >= b; r has room for al digits.
static size_t sub_mag(digit *r, const digit *a, size_t al, const digit *b, size_t bl) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < bl; i++) {
        int64_t t = (int64_t)a[i] - b[i] + borrow;
        r[i] = (digit)t;
        borrow = t < 0 ? -1 : 0;
    }
    for (; i < al; i++) {
        int64_t t = (int64_t)a[i] + borrow;
        r[i] = (digit)t;
        borrow = t < 0 ? -1 : 0;
    }
    return al;
}

// r = a * b; r (zeroed) has room for al + bl digits.
static void mul_mag(digit *r, const digit *a, size_t al, const digit *b, size_t bl) {
    for (size_t i = 0; i < al; i++) {
        ddigit carry = 0;
        digit ai = a[i];
        if (ai == 0) {
            continue;
        }
        for (size_t j = 0; j < bl; j++) {
            carry += (ddigit)ai * b[j] + r[i + j];
            r[i + j] = (digit)carry;
            carry >>= 32;
        }
        r[i + bl] = (digit)carry;
    }
}

// Divides a (al digits) by one digit in place; returns the remainder.
static digit div_small(digit *a, size_t al, digit m) {
    ddigit rem = 0;
    for (size_t i = al; i > 0; i--) {
        ddigit cur = (rem << 32) | a[i - 1];
        a[i - 1] = (digit)(cur / m);
        rem = cur % m;
    }
    return (digit)rem;
}

static unsigned clz32(digit x) {
    unsigned n = 0;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
}

// q = a / b, r = a % b (magnitudes, bl >= 1, b[bl-1] != 0). q has al - bl + 1 digits (zeroed
// by the caller), r has bl digits. Knuth, TAOCP vol. 2, 4.3.1, algorithm D.
static void divmod_mag(digit *q, digit *r, const digit *a, size_t al, const digit *b, size_t bl) {
    if (cmp_mag(a, al, b, bl) < 0) {
        memcpy(r, a, al * sizeof(digit));
        memset(r + al, 0, (bl - al) * sizeof(digit));
        return;
    }
    if (bl == 1) {
        digit *t = RT_NEW_ARRAY(digit, al);
        memcpy(t, a, al * sizeof(digit));
        r[0] = div_small(t, al, b[0]);
        memcpy(q, t, (al - bl + 1) * sizeof(digit));
        rt_gc_free(t);
        return;
    }
    unsigned s = clz32(b[bl - 1]);
    digit *bn = RT_NEW_ARRAY(digit, bl);
    digit *an = RT_NEW_ARRAY(digit, al + 1);
    for (size_t i = bl - 1; i > 0; i--) {
        bn[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
    }
    bn[0] = b[0] << s;
    an[al] = s ? a[al - 1] >> (32 - s) : 0;
    for (size_t i = al - 1; i > 0; i--) {
        an[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
    }
    an[0] = a[0] << s;
    for (size_t j = al - bl + 1; j > 0; j--) {
        size_t jj = j - 1;
        ddigit num2 = ((ddigit)an[jj + bl] << 32) | an[jj + bl - 1];
        ddigit qhat = num2 / bn[bl - 1];
        ddigit rhat = num2 % bn[bl - 1];
        while (qhat >= ((ddigit)1 << 32) || qhat * bn[bl - 2] > ((rhat << 32) | an[jj + bl - 2])) {
            qhat--;
            rhat += bn[bl - 1];
            if (rhat >= ((ddigit)1 << 32)) {
                break;
            }
        }
        // an[jj .. jj+bl] -= qhat * bn
        int64_t borrow = 0;
        ddigit carry = 0;
        for (size_t i = 0; i < bl; i++) {
            ddigit p = qhat * bn[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)an[i + jj] - (int64_t)(digit)p + borrow;
            an[i + jj] = (digit)t;
            borrow = t >> 32;
        }
        int64_t t = (int64_t)an[jj + bl] - (int64_t)carry + borrow;
        an[jj + bl] = (digit)t;
        if (t < 0) {
            // qhat was one too large: add b back.
            qhat--;
            ddigit c = 0;
            for (size_t i = 0; i < bl; i++) {
                c += (ddigit)an[i + jj] + bn[i];
                an[i + jj] = (digit)c;
                c >>= 32;
            }
            an[jj + bl] += (digit)c;
        }
        q[jj] = (digit)qhat;
    }
    for (size_t i = 0; i < bl; i++) {
        r[i] = s ? (an[i] >> s) | (an[i + 1] << (32 - s)) : an[i];
    }
    rt_gc_free(bn);
    rt_gc_free(an);
}

static size_t trim(const digit *d, size_t len) {
    while (len > 0 && d[len - 1] == 0) {
        len--;
    }
    return len;
}

// ---------------------------------------------------------------------------------------------
// Signed operations

static rt_obj_t add_signed(num a, num b) {
    size_t n = (a.len > b.len ? a.len : b.len) + 1;
    rt_obj_int_big_t *r = alloc_big(n);
    if (a.neg == b.neg) {
        r->len = add_mag(r->digits, a.d, a.len, b.d, b.len);
        r->neg = a.neg;
    } else if (cmp_mag(a.d, a.len, b.d, b.len) >= 0) {
        r->len = sub_mag(r->digits, a.d, a.len, b.d, b.len);
        r->neg = a.neg;
    } else {
        r->len = sub_mag(r->digits, b.d, b.len, a.d, a.len);
        r->neg = b.neg;
    }
    return normalise(r);
}

static rt_obj_t mul_signed(num a, num b) {
    rt_obj_int_big_t *r = alloc_big(a.len + b.len);
    mul_mag(r->digits, a.d, a.len, b.d, b.len);
    r->neg = a.neg != b.neg;
    return normalise(r);
}

// Floor division and modulo; either result pointer may be NULL.
static void divmod_signed(num a, num b, rt_obj_t *qo, rt_obj_t *ro) {
    if (b.len == 0) {
        rt_raise_msg(&rt_type_ZeroDivisionError, "divide by zero");
    }
    size_t ql = a.len >= b.len ? a.len - b.len + 1 : 1;
    rt_obj_int_big_t *q = alloc_big(ql);
    rt_obj_int_big_t *r = alloc_big(b.len);
    if (a.len == 0) {
        q->len = 0;
        r->len = 0;
    } else {
        divmod_mag(q->digits, r->digits, a.d, a.len, b.d, b.len);
    }
    q->len = trim(q->digits, ql);
    r->len = trim(r->digits, b.len);
    q->neg = a.neg != b.neg;
    r->neg = a.neg;
    if (r->len > 0 && a.neg != b.neg) {
        // Floor: q -= 1 (magnitude + 1 since q is negative), r = b - |r| with b's sign.
        digit one = 1;
        rt_obj_int_big_t *q2 = alloc_big(q->len + 1);
        q2->len = add_mag(q2->digits, q->digits, q->len, &one, 1);
        q2->neg = true;
        q = q2;
        rt_obj_int_big_t *r2 = alloc_big(b.len);
        r2->len = sub_mag(r2->digits, b.d, b.len, r->digits, r->len);
        r2->neg = b.neg;
        r = r2;
    }
    if (qo) {
        *qo = normalise(q);
    }
    if (ro) {
        *ro = normalise(r);
    }
}

// Two's complement of `a` in `n` digits (n > a.len).
static void to_twos(digit *out, num a, size_t n) {
    memset(out, 0, n * sizeof(digit));
    memcpy(out, a.d, a.len * sizeof(digit));
    if (a.neg) {
        for (size_t i = 0; i < n; i++) {
            out[i] = ~out[i];
        }
        for (size_t i = 0; i < n && ++out[i] == 0; i++) {
        }
    }
}

static rt_obj_t from_twos(digit *d, size_t n) {
    rt_obj_int_big_t *r = alloc_big(n);
    memcpy(r->digits, d, n * sizeof(digit));
    if (d[n - 1] & 0x80000000u) {
        r->neg = true;
        for (size_t i = 0; i < n; i++) {
            r->digits[i] = ~r->digits[i];
        }
        for (size_t i = 0; i < n && ++r->digits[i] == 0; i++) {
        }
    }
    return normalise(r);
}

static rt_obj_t bitwise(rt_binary_op_t op, num a, num b) {
    size_t n = (a.len > b.len ? a.len : b.len) + 1;
    digit *x = RT_NEW_ARRAY(digit, n);
    digit *y = RT_NEW_ARRAY(digit, n);
    to_twos(x, a, n);
    to_twos(y, b, n);
    for (size_t i = 0; i < n; i++) {
        x[i] = op == RT_BINARY_OP_AND  ? x[i] & y[i]
               : op == RT_BINARY_OP_OR ? x[i] | y[i]
                                       : x[i] ^ y[i];
    }
    return from_twos(x, n);
}

static rt_obj_t shift_left(num a, size_t s) {
    size_t words = s / 32, bits = s % 32;
    rt_obj_int_big_t *r = alloc_big(a.len + words + 1);
    for (size_t i = 0; i < a.len; i++) {
        ddigit v = (ddigit)a.d[i] << bits;
        r->digits[i + words] |= (digit)v;
        r->digits[i + words + 1] |= (digit)(v >> 32);
    }
    r->neg = a.neg;
    return normalise(r);
}

static rt_obj_t shift_right(num a, size_t s) {
    size_t words = s / 32, bits = s % 32;
    if (words >= a.len) {
        return RT_OBJ_NEW_SMALL_INT(a.neg ? -1 : 0);
    }
    size_t n = a.len - words;
    rt_obj_int_big_t *r = alloc_big(n);
    bool lost = false;
    for (size_t i = 0; i < words; i++) {
        lost |= a.d[i] != 0;
    }
    if (bits) {
        lost |= (a.d[words] & ((1u << bits) - 1)) != 0;
    }
    for (size_t i = 0; i < n; i++) {
        ddigit v = a.d[i + words];
        if (i + words + 1 < a.len) {
            v |= (ddigit)a.d[i + words + 1] << 32;
        }
        r->digits[i] = (digit)(v >> bits);
    }
    r->neg = a.neg;
    rt_obj_t res = normalise(r);
    if (a.neg && lost) {
        // Floor for negatives: round toward minus infinity.
        res = rt_int_binary_op(RT_BINARY_OP_SUBTRACT, res, RT_OBJ_NEW_SMALL_INT(1));
    }
    return res;
}

static int cmp_signed(num a, num b) {
    if (a.len == 0 && b.len == 0) {
        return 0;
    }
    if (a.neg != b.neg) {
        return a.neg ? -1 : 1;
    }
    int c = cmp_mag(a.d, a.len, b.d, b.len);
    return a.neg ? -c : c;
}

static size_t shift_count(rt_obj_t b) {
    if (!RT_OBJ_IS_SMALL_INT(b)) {
        if (rt_int_big_sign(b) < 0) {
            rt_raise_msg(&rt_type_ValueError, "negative shift count");
        }
        rt_raise_msg(&rt_type_OverflowError, "shift count too large");
    }
    rt_int_t s = RT_OBJ_SMALL_INT_VALUE(b);
    if (s < 0) {
        rt_raise_msg(&rt_type_ValueError, "negative shift count");
    }
    return (size_t)s;
}

rt_obj_t rt_int_big_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    digit ta[3], tb[3];
    num a = view(lhs, ta), b = view(rhs, tb);
    switch (op) {
        case RT_BINARY_OP_LESS:
            return RT_BOOL(cmp_signed(a, b) < 0);
        case RT_BINARY_OP_MORE:
            return RT_BOOL(cmp_signed(a, b) > 0);
        case RT_BINARY_OP_EQUAL:
            return RT_BOOL(cmp_signed(a, b) == 0);
        case RT_BINARY_OP_LESS_EQUAL:
            return RT_BOOL(cmp_signed(a, b) <= 0);
        case RT_BINARY_OP_MORE_EQUAL:
            return RT_BOOL(cmp_signed(a, b) >= 0);
        case RT_BINARY_OP_NOT_EQUAL:
            return RT_BOOL(cmp_signed(a, b) != 0);
        case RT_BINARY_OP_ADD:
            return add_signed(a, b);
        case RT_BINARY_OP_SUBTRACT:
            b.neg = !b.neg;
            return add_signed(a, b);
        case RT_BINARY_OP_MULTIPLY:
            return mul_signed(a, b);
        case RT_BINARY_OP_FLOOR_DIVIDE: {
            rt_obj_t q;
            divmod_signed(a, b, &q, NULL);
            return q;
        }
        case RT_BINARY_OP_MODULO: {
            rt_obj_t r;
            divmod_signed(a, b, NULL, &r);
            return r;
        }
        case RT_BINARY_OP_DIVMOD: {
            rt_obj_t qr[2];
            divmod_signed(a, b, &qr[0], &qr[1]);
            return rt_tuple_new(2, qr);
        }
        case RT_BINARY_OP_AND:
        case RT_BINARY_OP_OR:
        case RT_BINARY_OP_XOR:
            return bitwise(op, a, b);
        case RT_BINARY_OP_LSHIFT:
            return shift_left(a, shift_count(rhs));
        case RT_BINARY_OP_RSHIFT:
            return shift_right(a, shift_count(rhs));
        case RT_BINARY_OP_POWER: {
            if (b.neg) {
#if RT_CONFIG_FLOAT
                return rt_float_binary_op(op, rt_int_big_to_float(lhs), rhs);
#else
                rt_raise_msg(&rt_type_ValueError, "negative power with no float support");
#endif
            }
            rt_obj_t result = RT_OBJ_NEW_SMALL_INT(1), base = lhs, e = rhs;
            while (rt_int_sign(e) > 0) {
                rt_obj_t bit = rt_int_binary_op(RT_BINARY_OP_AND, e, RT_OBJ_NEW_SMALL_INT(1));
                if (bit != RT_OBJ_NEW_SMALL_INT(0)) {
                    result = rt_int_binary_op(RT_BINARY_OP_MULTIPLY, result, base);
                }
                e = rt_int_binary_op(RT_BINARY_OP_RSHIFT, e, RT_OBJ_NEW_SMALL_INT(1));
                if (rt_int_sign(e) > 0) {
                    base = rt_int_binary_op(RT_BINARY_OP_MULTIPLY, base, base);
                }
            }
            return result;
        }
#if RT_CONFIG_FLOAT
        case RT_BINARY_OP_TRUE_DIVIDE:
            if (b.len == 0) {
                rt_raise_msg(&rt_type_ZeroDivisionError, "divide by zero");
            }
            return rt_float_binary_op(op, rt_int_big_to_float(lhs), rhs);
#endif
        default:
            return RT_OBJ_NULL;
    }
}

rt_obj_t rt_int_big_unary_op(rt_unary_op_t op, rt_obj_t o) {
    digit t[3];
    num a = view(o, t);
    switch (op) {
        case RT_UNARY_OP_NEGATIVE: {
            rt_obj_int_big_t *r = alloc_big(a.len);
            memcpy(r->digits, a.d, a.len * sizeof(digit));
            r->neg = !a.neg;
            return normalise(r);
        }
        case RT_UNARY_OP_ABS: {
            rt_obj_int_big_t *r = alloc_big(a.len);
            memcpy(r->digits, a.d, a.len * sizeof(digit));
            return normalise(r);
        }
        case RT_UNARY_OP_INVERT: {
            rt_obj_t plus1 = rt_int_binary_op(RT_BINARY_OP_ADD, o, RT_OBJ_NEW_SMALL_INT(1));
            return rt_unary_op(RT_UNARY_OP_NEGATIVE, plus1);
        }
        default:
            return RT_OBJ_NULL;
    }
}

rt_obj_t rt_int_big_mul_add(rt_obj_t o, unsigned m, unsigned add) {
    digit t[3];
    num a = view(o, t);
    rt_obj_int_big_t *r = alloc_big(a.len + 1);
    ddigit carry = add;
    for (size_t i = 0; i < a.len; i++) {
        carry += (ddigit)a.d[i] * m;
        r->digits[i] = (digit)carry;
        carry >>= 32;
    }
    r->digits[a.len] = (digit)carry;
    r->neg = a.neg;
    return normalise(r);
}

void rt_int_big_print(const rt_print_t *p, rt_obj_t o, unsigned base) {
    digit t[3];
    num a = view(o, t);
    if (a.len == 0) {
        rt_print_str(p, "0");
        return;
    }
    // Chunks of k digits: base^k fits one 32-bit digit.
    unsigned k = 1;
    digit chunk = base;
    while ((ddigit)chunk * base <= 0xffffffffu) {
        chunk *= base;
        k++;
    }
    digit *work = RT_NEW_ARRAY(digit, a.len);
    memcpy(work, a.d, a.len * sizeof(digit));
    size_t wl = a.len;
    size_t max_chars = a.len * 32 + 2;
    char *buf = rt_gc_alloc(max_chars);
    size_t pos = max_chars;
    while (wl > 0) {
        digit rem = div_small(work, wl, chunk);
        wl = trim(work, wl);
        for (unsigned i = 0; i < k; i++) {
            unsigned dgt = rem % base;
            rem /= base;
            buf[--pos] = (char)(dgt < 10 ? '0' + dgt : 'a' + dgt - 10);
            if (wl == 0 && rem == 0) {
                break;
            }
        }
    }
    if (a.neg) {
        buf[--pos] = '-';
    }
    rt_print_strn(p, buf + pos, max_chars - pos);
    rt_gc_free(buf);
    rt_gc_free(work);
}

#if RT_CONFIG_FLOAT
rt_float_t rt_int_big_to_float(rt_obj_t o) {
    digit t[3];
    num a = view(o, t);
    if (a.len == 0) {
        return 0;
    }
    // As stock converts: 16-bit digits from the top, each step rounded in double arithmetic
    // (not always the nearest double: (1 << 80) + (1 << 27) + 1 gives 2.0 ** 80).
    double v = 0;
    for (size_t i = a.len; i > 0; i--) {
        v = v * 65536.0 + (double)(a.d[i - 1] >> 16);
        v = v * 65536.0 + (double)(a.d[i - 1] & 0xffff);
    }
    return (rt_float_t)(a.neg ? -v : v);
}

rt_obj_t rt_int_big_from_float(rt_float_t f) {
    int e;
    double m = frexp((double)(f < 0 ? -f : f), &e); // f = m * 2^e, 0.5 <= m < 1
    uint64_t mant = (uint64_t)ldexp(m, 53);
    rt_obj_t r = rt_int_new_ull(mant);
    if (e > 53) {
        r = rt_int_binary_op(RT_BINARY_OP_LSHIFT, r, RT_OBJ_NEW_SMALL_INT(e - 53));
    } else {
        r = rt_int_binary_op(RT_BINARY_OP_RSHIFT, r, RT_OBJ_NEW_SMALL_INT(53 - e));
    }
    return f < 0 ? rt_unary_op(RT_UNARY_OP_NEGATIVE, r) : r;
}
#endif

// ---------------------------------------------------------------------------------------------
// int methods

static const rt_map_elem_t int_locals_table[] = {
    {RT_ROM_QSTR(RT_QSTR_conjugate), RT_ROM_PTR(&rt_const_ellipsis_obj)},
};
const rt_obj_dict_t rt_int_locals_dict = {{&rt_type_dict},
                                          {1, 1, 1, 0, 0, (rt_map_elem_t *)int_locals_table}};
