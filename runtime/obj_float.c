// float: a boxed double (or float, RT_CONFIG_FLOAT == 1), arithmetic with ints, and conversion
// to and from text through float_fmt.h, which writes and reads digits as stock does.
#include <math.h>
#include <string.h>

#include "float_fmt.h"
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
// Text (float_fmt.h: digits exactly as stock's unix port produces them)

size_t rt_float_format_repr(char *buf, size_t size, rt_float_t v) {
    (void)size;
#if RT_CONFIG_FLOAT == 1
    return rt_float32_repr(buf, v);
#else
    return rt_float_repr(buf, v);
#endif
}

static void float_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    char buf[RT_FLOAT_FMT_BUF_LEN];
    size_t n = rt_float_format_repr(buf, sizeof buf, ((rt_obj_float_t *)o)->value);
    rt_print_strn(p, buf, n);
}

rt_obj_t rt_float_parse(const char *s, size_t len, bool allow_imag) {
    double v;
    bool imag = false;
    bool ok =
        allow_imag ? rt_float_parse_literal(s, len, &v, &imag) : rt_float_parse_str(s, len, &v);
    if (!ok || imag) {
        rt_raise_msg(&rt_type_ValueError, RT_FLOAT_PARSE_ERR_TEXT);
    }
    return rt_float_new((rt_float_t)v);
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
