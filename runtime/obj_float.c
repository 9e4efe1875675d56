// float: a boxed double (or float, RT_CONFIG_FLOAT == 1), arithmetic with ints, and conversion
// to and from text without the C library's stdio. repr() gives the shortest text that reads
// back to the same value, found by trying 1..17 significant digits.
// TODO(#4): exact digit generation (the long double scaling here can be off in the last digit
// for extreme exponents) and single-precision tuning.
#include <math.h>
#include <string.h>

#include "int_big.h"
#include "runtime.h"

#if RT_CONFIG_FLOAT

typedef struct rt_obj_float {
    rt_obj_base_t base;
    rt_float_t value;
} rt_obj_float_t;

rt_obj_t rt_float_new(rt_float_t v) {
    rt_obj_float_t *f = RT_NEW(rt_obj_float_t);
    f->base.type = &rt_type_float;
    f->value = v;
    return f;
}

bool rt_obj_get_float_maybe(rt_obj_t o, rt_float_t *v) {
    if (RT_OBJ_IS_SMALL_INT(o)) {
        *v = (rt_float_t)RT_OBJ_SMALL_INT_VALUE(o);
    } else if (o == RT_CONST_TRUE || o == RT_CONST_FALSE) {
        *v = o == RT_CONST_TRUE;
    } else if (RT_OBJ_IS_OBJ_OF(o, &rt_type_float)) {
        *v = ((rt_obj_float_t *)o)->value;
    } else if (RT_OBJ_IS_OBJ_OF(o, &rt_type_int)) {
        *v = rt_int_big_to_float(o);
    } else {
        return false;
    }
    return true;
}

rt_float_t rt_obj_get_float(rt_obj_t o) {
    rt_float_t v;
    if (!rt_obj_get_float_maybe(o, &v)) {
        rt_obj_t f = rt_unary_op(RT_UNARY_OP_FLOAT_MAYBE, o);
        if (f != RT_OBJ_NULL && RT_OBJ_IS_OBJ_OF(f, &rt_type_float)) {
            return ((rt_obj_float_t *)f)->value;
        }
        rt_raise_fmt(&rt_type_TypeError, "can't convert %T to float", o);
    }
    return v;
}

// ---------------------------------------------------------------------------------------------
// Text

int rt_float_digits(double v, int n, char *digits) {
    long double x = v < 0 ? -(long double)v : (long double)v;
    int e = 0;
    // Scale x into [0.1, 1).
    while (x >= 1e32L) {
        x /= 1e32L;
        e += 32;
    }
    while (x >= 1.0L) {
        x /= 10.0L;
        e += 1;
    }
    while (x < 1e-32L) {
        x *= 1e32L;
        e -= 32;
    }
    while (x < 0.1L) {
        x *= 10.0L;
        e -= 1;
    }
    // Produce n digits, then round the last one.
    long double scaled = x;
    for (int i = 0; i < n; i++) {
        scaled *= 10.0L;
    }
    unsigned long long m = (unsigned long long)(scaled + 0.5L);
    unsigned long long limit = 1;
    for (int i = 0; i < n; i++) {
        limit *= 10;
    }
    if (m >= limit) {
        m /= 10;
        e += 1;
    }
    for (int i = n - 1; i >= 0; i--) {
        digits[i] = (char)('0' + m % 10);
        m /= 10;
    }
    return e;
}

static double parse_digits(const char *digits, int n, int e) {
    // value = 0.digits * 10^e
    long double m = 0;
    for (int i = 0; i < n; i++) {
        m = m * 10 + (digits[i] - '0');
    }
    int p = e - n;
    long double scale = 1;
    long double ten = 10;
    int ap = p < 0 ? -p : p;
    while (ap > 0) {
        if (ap & 1) {
            scale *= ten;
        }
        ten *= ten;
        ap >>= 1;
    }
    return (double)(p < 0 ? m / scale : m * scale);
}

size_t rt_float_format_repr(char *buf, size_t size, rt_float_t fv) {
    double v = (double)fv;
    size_t n = 0;
    if (v != v) {
        memcpy(buf, "nan", 4);
        return 3;
    }
    if (signbit(v)) {
        buf[n++] = '-';
    }
    if (isinf(v)) {
        memcpy(buf + n, "inf", 4);
        return n + 3;
    }
    if (v == 0) {
        memcpy(buf + n, "0.0", 4);
        return n + 3;
    }
    char digits[20];
    int nd, e = 0;
    int max = RT_CONFIG_FLOAT == 1 ? 9 : 17;
    for (nd = 1; nd <= max; nd++) {
        e = rt_float_digits(v, nd, digits);
        double back = parse_digits(digits, nd, e);
        if ((rt_float_t)back == (rt_float_t)(v < 0 ? -v : v)) {
            break;
        }
    }
    if (nd > max) {
        nd = max;
        e = rt_float_digits(v, nd, digits);
    }
    while (nd > 1 && digits[nd - 1] == '0') {
        nd--;
    }
    int exp10 = e - 1; // scientific exponent
    if (exp10 < -4 || exp10 >= 16) {
        buf[n++] = digits[0];
        if (nd > 1) {
            buf[n++] = '.';
            memcpy(buf + n, digits + 1, (size_t)nd - 1);
            n += (size_t)nd - 1;
        }
        buf[n++] = 'e';
        buf[n++] = exp10 < 0 ? '-' : '+';
        int ae = exp10 < 0 ? -exp10 : exp10;
        if (ae < 10) {
            buf[n++] = '0';
        }
        n += rt_format_uint(buf + n, (uint64_t)ae, 10, false);
    } else if (e <= 0) {
        buf[n++] = '0';
        buf[n++] = '.';
        for (int i = 0; i < -e; i++) {
            buf[n++] = '0';
        }
        memcpy(buf + n, digits, (size_t)nd);
        n += (size_t)nd;
    } else {
        for (int i = 0; i < e; i++) {
            buf[n++] = i < nd ? digits[i] : '0';
        }
        buf[n++] = '.';
        if (nd > e) {
            memcpy(buf + n, digits + e, (size_t)(nd - e));
            n += (size_t)(nd - e);
        } else {
            buf[n++] = '0';
        }
    }
    (void)size;
    buf[n] = 0;
    return n;
}

static void float_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    char buf[40];
    size_t n = rt_float_format_repr(buf, sizeof buf, ((rt_obj_float_t *)o)->value);
    rt_print_strn(p, buf, n);
}

static bool match_word(const char *p, const char *end, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(end - p) != n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((p[i] | 0x20) != w[i]) {
            return false;
        }
    }
    return true;
}

rt_obj_t rt_float_parse(const char *s, size_t len, bool allow_imag) {
    const char *p = s, *end = s + len;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) {
        p++;
    }
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r')) {
        end--;
    }
    if (allow_imag && end > p && (end[-1] == 'j' || end[-1] == 'J')) {
        end--;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    double v;
    if (match_word(p, end, "inf") || match_word(p, end, "infinity")) {
        v = INFINITY;
    } else if (match_word(p, end, "nan")) {
        v = NAN;
    } else {
        char digits[20];
        int nd = 0, e = 0, extra = 0;
        bool any = false, dot = false;
        for (; p < end; p++) {
            char c = *p;
            if (c >= '0' && c <= '9') {
                any = true;
                if (nd == 0 && c == '0') {
                    if (dot) {
                        e--;
                    }
                    continue;
                }
                if (nd < 19) {
                    digits[nd++] = c;
                    if (!dot) {
                        e++;
                    }
                } else {
                    if (!dot) {
                        extra++;
                    }
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else if (c == '_') {
                continue;
            } else {
                break;
            }
        }
        if (!any) {
            goto bad;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            p++;
            bool eneg = false;
            if (p < end && (*p == '+' || *p == '-')) {
                eneg = *p == '-';
                p++;
            }
            if (p == end) {
                goto bad;
            }
            int x = 0;
            for (; p < end && *p >= '0' && *p <= '9'; p++) {
                if (x < 100000) {
                    x = x * 10 + (*p - '0');
                }
            }
            e += eneg ? -x : x;
        }
        if (p != end) {
            goto bad;
        }
        if (nd == 0) {
            v = 0;
        } else if (e + extra > 330) {
            v = INFINITY;
        } else if (e + extra < -340) {
            v = 0;
        } else {
            v = parse_digits(digits, nd, e + extra);
        }
    }
    return rt_float_new((rt_float_t)(neg ? -v : v));
bad:;
    rt_obj_t text = rt_str_new(s, len);
    rt_raise_fmt(&rt_type_ValueError, "could not convert string to float: %R", text);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

static RT_NORETURN void divide_by_zero(void) {
    rt_raise_msg(&rt_type_ZeroDivisionError, "divide by zero");
}

rt_obj_t rt_float_binary_op(rt_binary_op_t op, rt_float_t a, rt_obj_t rhs_in) {
    rt_float_t b;
    if (!rt_obj_get_float_maybe(rhs_in, &b)) {
        return RT_OBJ_NULL;
    }
    if (op >= RT_BINARY_OP_INPLACE_OR && op <= RT_BINARY_OP_INPLACE_POWER) {
        op += RT_BINARY_OP_INPLACE_TO_PLAIN;
    }
    if (op >= RT_BINARY_OP_REVERSE_OR && op <= RT_BINARY_OP_REVERSE_POWER) {
        rt_float_t t = a;
        a = b;
        b = t;
        op -= RT_BINARY_OP_PLAIN_TO_REVERSE;
    }
    switch (op) {
        case RT_BINARY_OP_ADD:
            return rt_float_new(a + b);
        case RT_BINARY_OP_SUBTRACT:
            return rt_float_new(a - b);
        case RT_BINARY_OP_MULTIPLY:
            return rt_float_new(a * b);
        case RT_BINARY_OP_TRUE_DIVIDE:
            if (b == 0) {
                divide_by_zero();
            }
            return rt_float_new(a / b);
        case RT_BINARY_OP_FLOOR_DIVIDE:
        case RT_BINARY_OP_MODULO:
        case RT_BINARY_OP_DIVMOD: {
            if (b == 0) {
                divide_by_zero();
            }
            rt_float_t mod = (rt_float_t)fmod((double)a, (double)b);
            rt_float_t div = (a - mod) / b;
            if (mod != 0) {
                if ((b < 0) != (mod < 0)) {
                    mod += b;
                    div -= 1;
                }
            } else {
                mod = (rt_float_t)copysign(0.0, (double)b);
            }
            rt_float_t fl;
            if (div != 0) {
                fl = (rt_float_t)floor((double)div);
                if (div - fl > 0.5) {
                    fl += 1;
                }
            } else {
                fl = (rt_float_t)copysign(0.0, (double)(a / b));
            }
            if (op == RT_BINARY_OP_FLOOR_DIVIDE) {
                return rt_float_new(fl);
            }
            if (op == RT_BINARY_OP_MODULO) {
                return rt_float_new(mod);
            }
            rt_obj_t items[2] = {rt_float_new(fl), rt_float_new(mod)};
            return rt_tuple_new(2, items);
        }
        case RT_BINARY_OP_POWER:
            if (a == 0 && b < 0) {
                rt_raise_msg(&rt_type_ZeroDivisionError, "0.0 to a negative power");
            }
            return rt_float_new((rt_float_t)pow((double)a, (double)b));
        case RT_BINARY_OP_LESS:
            return RT_BOOL(a < b);
        case RT_BINARY_OP_MORE:
            return RT_BOOL(a > b);
        case RT_BINARY_OP_EQUAL:
            return RT_BOOL(a == b);
        case RT_BINARY_OP_LESS_EQUAL:
            return RT_BOOL(a <= b);
        case RT_BINARY_OP_MORE_EQUAL:
            return RT_BOOL(a >= b);
        case RT_BINARY_OP_NOT_EQUAL:
            return RT_BOOL(a != b);
        default:
            return RT_OBJ_NULL;
    }
}

static rt_obj_t float_binary_op_slot(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    return rt_float_binary_op(op, ((rt_obj_float_t *)lhs)->value, rhs);
}

static rt_obj_t float_unary_op(rt_unary_op_t op, rt_obj_t o) {
    rt_float_t v = ((rt_obj_float_t *)o)->value;
    switch (op) {
        case RT_UNARY_OP_BOOL:
            return RT_BOOL(v != 0);
        case RT_UNARY_OP_POSITIVE:
        case RT_UNARY_OP_FLOAT_MAYBE:
            return o;
        case RT_UNARY_OP_NEGATIVE:
            return rt_float_new(-v);
        case RT_UNARY_OP_ABS:
            return rt_float_new(v < 0 ? -v : v);
        case RT_UNARY_OP_HASH: {
            if (floor((double)v) == (double)v && fabs((double)v) < 4.0e18) {
                return RT_OBJ_NEW_SMALL_INT((rt_int_t)v);
            }
            union {
                double d;
                uint64_t u;
            } bits = {(double)v};
            return RT_OBJ_NEW_SMALL_INT((rt_int_t)(bits.u ^ (bits.u >> 32)) & RT_SMALL_INT_MAX);
        }
        case RT_UNARY_OP_INT_MAYBE:
            return rt_int_from_float(v);
        default:
            return RT_OBJ_NULL;
    }
}

static rt_obj_t float_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                               const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 1, false);
    if (n_args == 0) {
        return rt_float_new(0);
    }
    rt_obj_t x = args[0];
    if (RT_OBJ_IS_OBJ_OF(x, &rt_type_float)) {
        return x;
    }
    size_t len;
    const uint8_t *s = rt_str_bytes(x, &len);
    if (s != NULL) {
        return rt_float_parse((const char *)s, len, false);
    }
    return rt_float_new(rt_obj_get_float(x));
}

const rt_type_t rt_type_float = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_EQ_CHECKS_OTHER | RT_TYPE_FLAG_EQ_NOT_REFLEXIVE,
    .name = RT_QSTR_float,
    .make_new = float_make_new,
    .print = float_print,
    .unary_op = float_unary_op,
    .binary_op = float_binary_op_slot,
};

#endif
