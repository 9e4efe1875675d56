// int: small ints (tagged words) and the int type's slots. Arithmetic on two small ints is done
// here in machine words; a result that does not fit, and any operand that is already big, goes
// to the big-int code (obj_int_big.c, rt_int_big_* in int_big.h).
#include <string.h>

#include "int_big.h"
#include "runtime.h"

rt_obj_t rt_int_new(rt_int_t v) {
    if (RT_SMALL_INT_FITS(v)) {
        return RT_OBJ_NEW_SMALL_INT(v);
    }
    return rt_int_big_from_ll(v);
}

rt_obj_t rt_int_new_ll(long long v) {
    if (v >= RT_SMALL_INT_MIN && v <= RT_SMALL_INT_MAX) {
        return RT_OBJ_NEW_SMALL_INT((rt_int_t)v);
    }
    return rt_int_big_from_ll(v);
}

rt_obj_t rt_int_new_ull(unsigned long long v) {
    if (v <= (unsigned long long)RT_SMALL_INT_MAX) {
        return RT_OBJ_NEW_SMALL_INT((rt_int_t)v);
    }
    return rt_int_big_from_ull(v);
}

bool rt_int_is_big(rt_obj_t o) {
    return RT_OBJ_IS_OBJ_OF(o, &rt_type_int);
}

bool rt_int_get_checked(rt_obj_t o, rt_int_t *v) {
    if (RT_OBJ_IS_SMALL_INT(o)) {
        *v = RT_OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    long long ll;
    if (!rt_int_big_to_ll(o, &ll) || ll < INTPTR_MIN || ll > INTPTR_MAX) {
        return false;
    }
    *v = (rt_int_t)ll;
    return true;
}

int rt_int_sign(rt_obj_t o) {
    if (RT_OBJ_IS_SMALL_INT(o)) {
        rt_int_t v = RT_OBJ_SMALL_INT_VALUE(o);
        return v < 0 ? -1 : v > 0;
    }
    return rt_int_big_sign(o);
}

static rt_int_t floor_div(rt_int_t a, rt_int_t b) {
    rt_int_t q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0))) {
        q--;
    }
    return q;
}

static rt_int_t floor_mod(rt_int_t a, rt_int_t b) {
    rt_int_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
    }
    return r;
}

static RT_NORETURN void divide_by_zero(void) {
    rt_raise_msg(&rt_type_ZeroDivisionError, "divide by zero");
}

// Small int op small int; RT_OBJ_NULL when the result needs a big int.
static rt_obj_t small_op(rt_binary_op_t op, rt_int_t a, rt_int_t b) {
    switch (op) {
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
        case RT_BINARY_OP_OR:
            return RT_OBJ_NEW_SMALL_INT(a | b);
        case RT_BINARY_OP_XOR:
            return RT_OBJ_NEW_SMALL_INT(a ^ b);
        case RT_BINARY_OP_AND:
            return RT_OBJ_NEW_SMALL_INT(a & b);
        case RT_BINARY_OP_ADD:
            return rt_int_new(a + b); // |a + b| < 2^(word bits - 1)
        case RT_BINARY_OP_SUBTRACT:
            return rt_int_new(a - b);
        case RT_BINARY_OP_MULTIPLY: {
            rt_int_t r;
            if (__builtin_mul_overflow(a, b, &r)) {
                return RT_OBJ_NULL;
            }
            return rt_int_new(r);
        }
        case RT_BINARY_OP_FLOOR_DIVIDE:
            if (b == 0) {
                divide_by_zero();
            }
            return rt_int_new(floor_div(a, b));
        case RT_BINARY_OP_MODULO:
            if (b == 0) {
                divide_by_zero();
            }
            return RT_OBJ_NEW_SMALL_INT(floor_mod(a, b));
        case RT_BINARY_OP_DIVMOD: {
            if (b == 0) {
                divide_by_zero();
            }
            rt_obj_t items[2] = {rt_int_new(floor_div(a, b)),
                                 RT_OBJ_NEW_SMALL_INT(floor_mod(a, b))};
            return rt_tuple_new(2, items);
        }
        case RT_BINARY_OP_LSHIFT:
            if (b < 0) {
                rt_raise_msg(&rt_type_ValueError, "negative shift count");
            }
            if (b >= RT_WORD_BITS - 1 || a == 0) {
                return a == 0 ? RT_OBJ_NEW_SMALL_INT(0) : RT_OBJ_NULL;
            } else {
                rt_int_t r = (rt_int_t)((rt_uint_t)a << b);
                if ((r >> b) != a || !RT_SMALL_INT_FITS(r)) {
                    return RT_OBJ_NULL;
                }
                return RT_OBJ_NEW_SMALL_INT(r);
            }
        case RT_BINARY_OP_RSHIFT:
            if (b < 0) {
                rt_raise_msg(&rt_type_ValueError, "negative shift count");
            }
            if (b >= RT_WORD_BITS) {
                return RT_OBJ_NEW_SMALL_INT(a < 0 ? -1 : 0);
            }
            return RT_OBJ_NEW_SMALL_INT(a >> b);
        case RT_BINARY_OP_POWER: {
            if (b < 0) {
#if RT_CONFIG_FLOAT
                return rt_float_binary_op(op, (rt_float_t)a, RT_OBJ_NEW_SMALL_INT(b));
#else
                rt_raise_msg(&rt_type_ValueError, "negative power with no float support");
#endif
            }
            rt_int_t r = 1, base = a;
            while (b > 0) {
                if (b & 1) {
                    if (__builtin_mul_overflow(r, base, &r)) {
                        return RT_OBJ_NULL;
                    }
                }
                b >>= 1;
                if (b > 0 && __builtin_mul_overflow(base, base, &base)) {
                    return RT_OBJ_NULL;
                }
            }
            return rt_int_new(r);
        }
        case RT_BINARY_OP_TRUE_DIVIDE:
#if RT_CONFIG_FLOAT
            if (b == 0) {
                divide_by_zero();
            }
            return rt_float_binary_op(op, (rt_float_t)a, RT_OBJ_NEW_SMALL_INT(b));
#else
            return RT_OBJ_NULL;
#endif
        default:
            return RT_OBJ_NULL;
    }
}

static bool is_intlike(rt_obj_t o) {
    return RT_OBJ_IS_SMALL_INT(o) || o == RT_CONST_TRUE || o == RT_CONST_FALSE ||
           RT_OBJ_IS_OBJ_OF(o, &rt_type_int);
}

rt_obj_t rt_int_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    if (op >= RT_BINARY_OP_INPLACE_OR && op <= RT_BINARY_OP_INPLACE_POWER) {
        op += RT_BINARY_OP_INPLACE_TO_PLAIN;
    }
    if (op >= RT_BINARY_OP_REVERSE_OR && op <= RT_BINARY_OP_REVERSE_POWER) {
        // Only reached for int on the right of an operand that did not know ints.
        if (!is_intlike(rhs)) {
            return RT_OBJ_NULL;
        }
        rt_obj_t t = lhs;
        lhs = rhs;
        rhs = t;
        op -= RT_BINARY_OP_PLAIN_TO_REVERSE;
    }
    if (rhs == RT_CONST_TRUE || rhs == RT_CONST_FALSE) {
        rhs = RT_OBJ_NEW_SMALL_INT(rhs == RT_CONST_TRUE);
    }
    if (lhs == RT_CONST_TRUE || lhs == RT_CONST_FALSE) {
        lhs = RT_OBJ_NEW_SMALL_INT(lhs == RT_CONST_TRUE);
    }
#if RT_CONFIG_FLOAT
    if (RT_OBJ_IS_OBJ_OF(rhs, &rt_type_float) && op != RT_BINARY_OP_CONTAINS) {
        return rt_float_binary_op(op, rt_obj_get_float(lhs), rhs);
    }
#endif
    if (!is_intlike(rhs) || !is_intlike(lhs)) {
        return RT_OBJ_NULL;
    }
    if (RT_OBJ_IS_SMALL_INT(lhs) && RT_OBJ_IS_SMALL_INT(rhs)) {
        rt_obj_t r = small_op(op, RT_OBJ_SMALL_INT_VALUE(lhs), RT_OBJ_SMALL_INT_VALUE(rhs));
        if (r != RT_OBJ_NULL) {
            return r;
        }
        if (op == RT_BINARY_OP_CONTAINS || op == RT_BINARY_OP_MAT_MULTIPLY) {
            return RT_OBJ_NULL;
        }
    }
    return rt_int_big_binary_op(op, lhs, rhs);
}

// ---------------------------------------------------------------------------------------------
// The int type

static void int_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    if (RT_OBJ_IS_SMALL_INT(o)) {
        rt_printf(p, "%jd", (intmax_t)RT_OBJ_SMALL_INT_VALUE(o));
    } else {
        rt_int_big_print(p, o, 10);
    }
}

static rt_obj_t int_unary_op(rt_unary_op_t op, rt_obj_t o) {
    if (RT_OBJ_IS_SMALL_INT(o)) {
        rt_int_t v = RT_OBJ_SMALL_INT_VALUE(o);
        switch (op) {
            case RT_UNARY_OP_BOOL:
                return RT_BOOL(v != 0);
            case RT_UNARY_OP_POSITIVE:
            case RT_UNARY_OP_INT_MAYBE:
            case RT_UNARY_OP_HASH:
                return o;
            case RT_UNARY_OP_NEGATIVE:
                return rt_int_new(-v);
            case RT_UNARY_OP_ABS:
                return rt_int_new(v < 0 ? -v : v);
            case RT_UNARY_OP_INVERT:
                return RT_OBJ_NEW_SMALL_INT(~v);
#if RT_CONFIG_FLOAT
            case RT_UNARY_OP_FLOAT_MAYBE:
                return rt_float_new((rt_float_t)v);
#endif
            default:
                return RT_OBJ_NULL;
        }
    }
    switch (op) {
        case RT_UNARY_OP_BOOL:
            return RT_BOOL(rt_int_big_sign(o) != 0);
        case RT_UNARY_OP_POSITIVE:
        case RT_UNARY_OP_INT_MAYBE:
            return o;
        case RT_UNARY_OP_HASH:
            return RT_OBJ_NEW_SMALL_INT(rt_int_big_hash(o));
#if RT_CONFIG_FLOAT
        case RT_UNARY_OP_FLOAT_MAYBE:
            return rt_float_new(rt_int_big_to_float(o));
#endif
        default:
            return rt_int_big_unary_op(op, o);
    }
}

static rt_obj_t int_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                             const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 2, false);
    if (n_args == 0) {
        return RT_OBJ_NEW_SMALL_INT(0);
    }
    rt_obj_t x = args[0];
    if (n_args == 2) {
        size_t len;
        const uint8_t *s = rt_str_bytes(x, &len);
        if (s == NULL) {
            rt_raise_msg(&rt_type_TypeError, "can't convert non-string with explicit base");
        }
        rt_int_t base = rt_obj_get_int(args[1]);
        if (base != 0 && (base < 2 || base > 36)) {
            rt_raise_msg(&rt_type_ValueError, "int() arg 2 must be >= 2 and <= 36");
        }
        return rt_int_parse((const char *)s, len, (unsigned)base);
    }
    if (RT_OBJ_IS_SMALL_INT(x) || RT_OBJ_IS_OBJ_OF(x, &rt_type_int)) {
        return x;
    }
    if (x == RT_CONST_TRUE || x == RT_CONST_FALSE) {
        return RT_OBJ_NEW_SMALL_INT(x == RT_CONST_TRUE);
    }
    size_t len;
    const uint8_t *s = rt_str_bytes(x, &len);
    if (s != NULL) {
        return rt_int_parse((const char *)s, len, 10);
    }
#if RT_CONFIG_FLOAT
    if (RT_OBJ_IS_OBJ_OF(x, &rt_type_float)) {
        return rt_int_from_float(rt_obj_get_float(x));
    }
#endif
    rt_obj_t r = rt_unary_op(RT_UNARY_OP_INT_MAYBE, x);
    if (r != RT_OBJ_NULL) {
        return r;
    }
    rt_raise_fmt(&rt_type_TypeError, "can't convert %T to int", x);
}

#if RT_CONFIG_FLOAT
rt_obj_t rt_int_from_float(rt_float_t f) {
    if (f != f) {
        rt_raise_msg(&rt_type_ValueError, "can't convert NaN to int");
    }
    if (f - f != 0) {
        rt_raise_msg(&rt_type_OverflowError, "can't convert inf to int");
    }
    rt_float_t t = f < 0 ? -f : f;
    if (t < 9.0e18) {
        long long v = (long long)f;
        return rt_int_new_ll(v);
    }
    return rt_int_big_from_float(f);
}
#endif

static rt_obj_t int_binary_op_slot(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    return rt_int_binary_op(op, lhs, rhs);
}

const rt_type_t rt_type_int = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_EQ_CHECKS_OTHER,
    .name = RT_QSTR_int,
    .make_new = int_make_new,
    .print = int_print,
    .unary_op = int_unary_op,
    .binary_op = int_binary_op_slot,
    .locals_dict = RT_CONST_DICT_PTR(&rt_int_locals_dict),
};

// ---------------------------------------------------------------------------------------------
// Parsing

static int digit_value(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    return 99;
}

static bool is_space(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

rt_obj_t rt_int_parse(const char *s, size_t len, unsigned base) {
    const char *p = s, *end = s + len;
    while (p < end && is_space((unsigned char)*p)) {
        p++;
    }
    while (end > p && is_space((unsigned char)end[-1])) {
        end--;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        unsigned b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (b != 0 && (base == 0 || base == b)) {
            base = b;
            p += 2;
            if (p < end && *p == '_') {
                p++;
            }
        }
    }
    if (base == 0) {
        base = 10;
        // Python source rules: a nonzero decimal literal cannot start with 0.
        const char *q = p;
        while (q < end && (*q == '0' || *q == '_')) {
            q++;
        }
        if (q > p && q < end && *p == '0') {
            goto bad;
        }
    }
    if (p == end) {
        goto bad;
    }
    rt_obj_t big = RT_OBJ_NULL;
    rt_int_t acc = 0;
    bool last_underscore = true; // no leading underscore
    for (; p < end; p++) {
        if (*p == '_') {
            if (last_underscore) {
                goto bad;
            }
            last_underscore = true;
            continue;
        }
        int d = digit_value((unsigned char)*p);
        if (d >= (int)base) {
            goto bad;
        }
        last_underscore = false;
        if (big == RT_OBJ_NULL) {
            if (acc <= (RT_SMALL_INT_MAX - d) / (rt_int_t)base) {
                acc = acc * (rt_int_t)base + d;
                continue;
            }
            big = rt_int_big_from_ll(acc);
        }
        big = rt_int_big_mul_add(big, base, (unsigned)d);
    }
    if (last_underscore) {
        goto bad;
    }
    if (big == RT_OBJ_NULL) {
        return RT_OBJ_NEW_SMALL_INT(neg ? -acc : acc);
    }
    return neg ? rt_unary_op(RT_UNARY_OP_NEGATIVE, big) : big;
bad:;
    rt_obj_t text = rt_str_new(s, len);
    rt_raise_fmt(&rt_type_ValueError, "invalid syntax for integer with base %d: %R", (int)base,
                 text);
}
