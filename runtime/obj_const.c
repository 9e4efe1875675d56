// The singletons: None, True and False (immediate objects), Ellipsis and NotImplemented.
#include "runtime.h"

static void none_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_print_str(p, "None");
}

static rt_obj_t none_unary_op(rt_unary_op_t op, rt_obj_t o) {
    switch (op) {
        case RT_UNARY_OP_BOOL:
            return RT_CONST_FALSE;
        case RT_UNARY_OP_HASH:
            return RT_OBJ_NEW_SMALL_INT((rt_int_t)(uintptr_t)o);
        default:
            return RT_OBJ_NULL;
    }
}

const rt_type_t rt_type_NoneType = {
    .base = {&rt_type_type},
    .name = RT_QSTR_NoneType,
    .print = none_print,
    .unary_op = none_unary_op,
};

// bool: a subclass of int whose two values are immediates.

static void bool_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_print_str(p, o == RT_CONST_TRUE ? "True" : "False");
}

static rt_obj_t bool_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                              const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 1, false);
    return n_args == 0 ? RT_CONST_FALSE : RT_BOOL(rt_obj_is_true(args[0]));
}

static rt_obj_t as_int(rt_obj_t o) {
    if (o == RT_CONST_TRUE) {
        return RT_OBJ_NEW_SMALL_INT(1);
    }
    if (o == RT_CONST_FALSE) {
        return RT_OBJ_NEW_SMALL_INT(0);
    }
    return o;
}

static rt_obj_t bool_unary_op(rt_unary_op_t op, rt_obj_t o) {
    if (op == RT_UNARY_OP_BOOL) {
        return o;
    }
    return rt_unary_op(op, as_int(o));
}

static rt_obj_t bool_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    // Stock: every operator on bools computes with ints (True & True is 1).
    if (op >= RT_BINARY_OP_REVERSE_OR && op <= RT_BINARY_OP_REVERSE_POWER) {
        return rt_binary_op(op - RT_BINARY_OP_PLAIN_TO_REVERSE, rhs, as_int(lhs));
    }
    if (op == RT_BINARY_OP_CONTAINS) {
        return RT_OBJ_NULL;
    }
    return rt_binary_op(op, as_int(lhs), as_int(rhs));
}

const rt_type_t rt_type_bool = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_EQ_CHECKS_OTHER,
    .name = RT_QSTR_bool,
    .make_new = bool_make_new,
    .print = bool_print,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op, // stock: bool is no subclass of int
};

// Ellipsis and NotImplemented.

static void ellipsis_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_print_str(p, o == RT_CONST_ELLIPSIS ? "Ellipsis" : "NotImplemented");
}

const rt_type_t rt_type_ellipsis = {
    .base = {&rt_type_type},
    .name = RT_QSTR_ellipsis,
    .print = ellipsis_print,
};

const rt_type_t rt_type_NotImplementedType = {
    .base = {&rt_type_type},
    .name = RT_QSTR_NotImplementedType,
    .print = ellipsis_print,
};

const rt_obj_base_t rt_const_ellipsis_obj = {&rt_type_ellipsis};
const rt_obj_base_t rt_const_notimplemented_obj = {&rt_type_NotImplementedType};
