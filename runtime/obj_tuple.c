// tuple: an immutable array of objects, plus the helpers every sequence shares (seq.h).
#include <string.h>

#include "runtime.h"
#include "seq.h"

const rt_obj_tuple_t rt_const_empty_tuple_obj = {{&rt_type_tuple}, 0};

rt_obj_t rt_tuple_new(size_t n, const rt_obj_t *items) {
    if (n == 0) {
        return RT_CONST_EMPTY_TUPLE;
    }
    rt_obj_tuple_t *t = RT_NEW_VAR(rt_obj_tuple_t, rt_obj_t, n);
    t->base.type = &rt_type_tuple;
    t->len = n;
    if (items != NULL) {
        memcpy(t->items, items, n * sizeof(rt_obj_t));
    }
    return t;
}

static rt_obj_tuple_t *as_tuple(rt_obj_t o) {
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->flags & RT_TYPE_FLAG_INSTANCE) {
        return ((rt_obj_instance_t *)o)->subobj[0];
    }
    return o;
}

void rt_tuple_get(rt_obj_t tuple, size_t *len, rt_obj_t **items) {
    rt_obj_tuple_t *t = as_tuple(tuple);
    *len = t->len;
    *items = t->items;
}

bool rt_obj_get_array(rt_obj_t o, size_t *len, rt_obj_t **items) {
    if (!RT_OBJ_IS_PTR(o) || o == NULL) {
        return false;
    }
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->flags & RT_TYPE_FLAG_INSTANCE) {
        const rt_type_t *nb = rt_type_native_base(t);
        if (nb != &rt_type_tuple && nb != &rt_type_list) {
            return false;
        }
        o = ((rt_obj_instance_t *)o)->subobj[0];
        t = nb;
    }
    if (t == &rt_type_tuple) {
        rt_tuple_get(o, len, items);
        return true;
    }
    if (t == &rt_type_list) {
        rt_list_get(o, len, items);
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Sequence helpers

void rt_seq_print(const rt_print_t *p, const rt_obj_t *items, size_t n, const char *open,
                  const char *close, bool one_comma) {
    rt_print_str(p, open);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            rt_print_str(p, ", ");
        }
        rt_obj_print(p, items[i], RT_PRINT_REPR);
    }
    if (n == 1 && one_comma) {
        rt_print_str(p, ",");
    }
    rt_print_str(p, close);
}

bool rt_seq_compare(rt_binary_op_t op, const rt_obj_t *a, size_t an, const rt_obj_t *b, size_t bn) {
    if (op == RT_BINARY_OP_EQUAL || op == RT_BINARY_OP_NOT_EQUAL) {
        bool eq = an == bn;
        for (size_t i = 0; eq && i < an; i++) {
            eq = rt_obj_equal(a[i], b[i]);
        }
        return op == RT_BINARY_OP_EQUAL ? eq : !eq;
    }
    size_t n = an < bn ? an : bn;
    for (size_t i = 0; i < n; i++) {
        if (!rt_obj_equal(a[i], b[i])) {
            return rt_obj_is_true(rt_binary_op(op, a[i], b[i]));
        }
    }
    switch (op) {
        case RT_BINARY_OP_LESS:
            return an < bn;
        case RT_BINARY_OP_MORE:
            return an > bn;
        case RT_BINARY_OP_LESS_EQUAL:
            return an <= bn;
        default:
            return an >= bn;
    }
}

rt_obj_t rt_seq_index(const rt_type_t *type, const rt_obj_t *items, size_t n, size_t n_args,
                      const rt_obj_t *args) {
    size_t start = 0, stop = n;
    if (n_args > 1) {
        start = rt_obj_get_index(type, n, args[1], true);
    }
    if (n_args > 2) {
        stop = rt_obj_get_index(type, n, args[2], true);
    }
    for (size_t i = start; i < stop && i < n; i++) {
        if (rt_obj_equal(items[i], args[0])) {
            return RT_OBJ_NEW_SMALL_INT(i);
        }
    }
    rt_raise_msg(&rt_type_ValueError, "object not in sequence");
}

rt_obj_t rt_seq_count(const rt_obj_t *items, size_t n, rt_obj_t value) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += rt_obj_equal(items[i], value);
    }
    return RT_OBJ_NEW_SMALL_INT(c);
}

rt_obj_t *rt_seq_slice(const rt_obj_t *items, size_t n, rt_obj_t slice, size_t *out_n) {
    rt_bound_slice_t s;
    rt_slice_indices(slice, n, &s);
    size_t count = rt_bound_slice_len(&s);
    rt_obj_t *out = RT_NEW_ARRAY(rt_obj_t, count == 0 ? 1 : count);
    for (size_t k = 0; k < count; k++) {
        out[k] = items[s.start + (rt_int_t)k * s.step];
    }
    *out_n = count;
    return out;
}

// ---------------------------------------------------------------------------------------------
// The tuple type

static void tuple_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_obj_tuple_t *t = as_tuple(o);
    rt_seq_print(p, t->items, t->len, "(", ")", true);
}

static rt_obj_t tuple_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                               const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 1, false);
    if (n_args == 0) {
        return RT_CONST_EMPTY_TUPLE;
    }
    if (rt_obj_is_type(args[0], &rt_type_tuple)) {
        return args[0];
    }
    size_t n;
    rt_obj_t *items;
    if (rt_obj_get_array(args[0], &n, &items)) {
        return rt_tuple_new(n, items);
    }
    rt_obj_t list = rt_list_new(0, NULL);
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(args[0], &buf);
    rt_obj_t item;
    while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        rt_list_append(list, item);
    }
    rt_list_get(list, &n, &items);
    return rt_tuple_new(n, items);
}

static rt_obj_t tuple_unary_op(rt_unary_op_t op, rt_obj_t o) {
    rt_obj_tuple_t *t = as_tuple(o);
    switch (op) {
        case RT_UNARY_OP_BOOL:
            return RT_BOOL(t->len != 0);
        case RT_UNARY_OP_LEN:
            return RT_OBJ_NEW_SMALL_INT(t->len);
        case RT_UNARY_OP_HASH: {
            rt_uint_t h = (rt_uint_t)t->len * 1000003u;
            for (size_t i = 0; i < t->len; i++) {
                h = h * 31u + (rt_uint_t)rt_obj_hash(t->items[i]);
            }
            return RT_OBJ_NEW_SMALL_INT((rt_int_t)(h & (rt_uint_t)RT_SMALL_INT_MAX));
        }
        default:
            return RT_OBJ_NULL;
    }
}

static rt_obj_t tuple_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    rt_obj_tuple_t *a = as_tuple(lhs);
    switch (op) {
        case RT_BINARY_OP_ADD:
        case RT_BINARY_OP_INPLACE_ADD: {
            if (!rt_obj_is_type(rhs, &rt_type_tuple)) {
                return RT_OBJ_NULL;
            }
            rt_obj_tuple_t *b = rhs;
            rt_obj_tuple_t *r = rt_tuple_new(a->len + b->len, NULL);
            if (a->len + b->len == 0) {
                return r;
            }
            memcpy(r->items, a->items, a->len * sizeof(rt_obj_t));
            memcpy(r->items + a->len, b->items, b->len * sizeof(rt_obj_t));
            return r;
        }
        case RT_BINARY_OP_MULTIPLY:
        case RT_BINARY_OP_INPLACE_MULTIPLY:
        case RT_BINARY_OP_REVERSE_MULTIPLY: {
            rt_int_t n;
            if (!rt_obj_get_int_maybe(rhs, &n)) {
                return RT_OBJ_NULL;
            }
            if (n <= 0 || a->len == 0) {
                return RT_CONST_EMPTY_TUPLE;
            }
            if ((size_t)n > SIZE_MAX / sizeof(rt_obj_t) / a->len) {
                rt_raise_memory_error();
            }
            rt_obj_tuple_t *r = rt_tuple_new(a->len * (size_t)n, NULL);
            for (rt_int_t i = 0; i < n; i++) {
                memcpy(r->items + (size_t)i * a->len, a->items, a->len * sizeof(rt_obj_t));
            }
            return r;
        }
        case RT_BINARY_OP_EQUAL:
        case RT_BINARY_OP_NOT_EQUAL:
        case RT_BINARY_OP_LESS:
        case RT_BINARY_OP_MORE:
        case RT_BINARY_OP_LESS_EQUAL:
        case RT_BINARY_OP_MORE_EQUAL: {
            if (!rt_obj_is_type(rhs, &rt_type_tuple)) {
                return op == RT_BINARY_OP_EQUAL || op == RT_BINARY_OP_NOT_EQUAL
                           ? RT_BOOL(op == RT_BINARY_OP_NOT_EQUAL)
                           : RT_OBJ_NULL;
            }
            rt_obj_tuple_t *b = rhs;
            return RT_BOOL(rt_seq_compare(op, a->items, a->len, b->items, b->len));
        }
        case RT_BINARY_OP_CONTAINS:
            for (size_t i = 0; i < a->len; i++) {
                if (rt_obj_equal(a->items[i], rhs)) {
                    return RT_CONST_TRUE;
                }
            }
            return RT_CONST_FALSE;
        default:
            return RT_OBJ_NULL;
    }
}

static rt_obj_t tuple_subscr(rt_obj_t self, rt_obj_t index, rt_obj_t value) {
    if (value != RT_OBJ_SENTINEL) {
        return RT_OBJ_NULL;
    }
    rt_obj_tuple_t *t = as_tuple(self);
    if (rt_obj_is_type(index, &rt_type_slice)) {
        size_t n;
        rt_obj_t *items = rt_seq_slice(t->items, t->len, index, &n);
        return rt_tuple_new(n, items);
    }
    return t->items[rt_obj_get_index(&rt_type_tuple, t->len, index, false)];
}

static rt_obj_t tuple_getiter(rt_obj_t self, rt_obj_iter_buf_t *iter_buf) {
    return rt_seq_iter_new(self, iter_buf);
}

static rt_obj_t tuple_index(size_t n_args, const rt_obj_t *args) {
    rt_obj_tuple_t *t = as_tuple(args[0]);
    return rt_seq_index(&rt_type_tuple, t->items, t->len, n_args - 1, args + 1);
}
static RT_DEFINE_FUN_VAR(tuple_index_obj, 2, 4, tuple_index);

static rt_obj_t tuple_count(rt_obj_t self, rt_obj_t value) {
    rt_obj_tuple_t *t = as_tuple(self);
    return rt_seq_count(t->items, t->len, value);
}
static RT_DEFINE_FUN_2(tuple_count_obj, tuple_count);

static const rt_map_elem_t tuple_locals_table[] = {
    {RT_ROM_QSTR(RT_QSTR_count), RT_ROM_PTR(&tuple_count_obj)},
    {RT_ROM_QSTR(RT_QSTR_index), RT_ROM_PTR(&tuple_index_obj)},
};
static RT_DEFINE_CONST_DICT(tuple_locals_dict, tuple_locals_table);

const rt_type_t rt_type_tuple = {
    .base = {&rt_type_type},
    .name = RT_QSTR_tuple,
    .make_new = tuple_make_new,
    .print = tuple_print,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals_dict = RT_CONST_DICT_PTR(&tuple_locals_dict),
};
