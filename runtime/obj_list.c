// list: a growable array of objects. The item array is a separate GC block so that the list
// object keeps its address while it grows.
#include <string.h>

#include "runtime.h"
#include "seq.h"

#define LIST_MIN_ALLOC 4

static rt_obj_list_t *as_list(rt_obj_t o) {
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->flags & RT_TYPE_FLAG_INSTANCE) {
        return ((rt_obj_instance_t *)o)->subobj[0];
    }
    return o;
}

rt_obj_t rt_list_new(size_t n, const rt_obj_t *items) {
    rt_obj_list_t *l = RT_NEW(rt_obj_list_t);
    l->base.type = &rt_type_list;
    l->alloc = n < LIST_MIN_ALLOC ? LIST_MIN_ALLOC : n;
    l->items = RT_NEW_ARRAY(rt_obj_t, l->alloc);
    l->len = n;
    if (items != NULL) {
        memcpy(l->items, items, n * sizeof(rt_obj_t));
    } else {
        for (size_t i = 0; i < n; i++) {
            l->items[i] = RT_CONST_NONE;
        }
    }
    return l;
}

void rt_list_get(rt_obj_t list, size_t *len, rt_obj_t **items) {
    rt_obj_list_t *l = as_list(list);
    *len = l->len;
    *items = l->items;
}

static void reserve(rt_obj_list_t *l, size_t need) {
    if (need <= l->alloc) {
        return;
    }
    size_t alloc = l->alloc * 2;
    if (alloc < need) {
        alloc = need;
    }
    if (alloc > SIZE_MAX / sizeof(rt_obj_t)) {
        rt_raise_memory_error();
    }
    l->items = rt_gc_realloc(l->items, alloc * sizeof(rt_obj_t), true);
    l->alloc = alloc;
}

rt_obj_t rt_list_append(rt_obj_t list, rt_obj_t item) {
    rt_obj_list_t *l = as_list(list);
    if (l->len >= l->alloc) {
        reserve(l, l->len + 1);
    }
    l->items[l->len++] = item;
    return RT_CONST_NONE;
}

static void extend_from(rt_obj_list_t *l, rt_obj_t iterable) {
    size_t n;
    rt_obj_t *items;
    if (rt_obj_get_array(iterable, &n, &items)) {
        reserve(l, l->len + n);
        rt_obj_get_array(iterable, &n, &items); // reread: iterable may be l itself
        memmove(l->items + l->len, items, n * sizeof(rt_obj_t));
        l->len += n;
        return;
    }
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(iterable, &buf);
    rt_obj_t item;
    while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        rt_list_append(l, item);
    }
}

static void list_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_obj_list_t *l = as_list(o);
    rt_seq_print(p, l->items, l->len, "[", "]", false);
}

static rt_obj_t list_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                              const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 1, false);
    rt_obj_list_t *l = rt_list_new(0, NULL);
    if (n_args == 1) {
        extend_from(l, args[0]);
    }
    return l;
}

static rt_obj_t list_unary_op(rt_unary_op_t op, rt_obj_t o) {
    rt_obj_list_t *l = as_list(o);
    switch (op) {
        case RT_UNARY_OP_BOOL:
            return RT_BOOL(l->len != 0);
        case RT_UNARY_OP_LEN:
            return RT_OBJ_NEW_SMALL_INT(l->len);
        default:
            return RT_OBJ_NULL;
    }
}

static rt_obj_t list_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    rt_obj_list_t *a = as_list(lhs);
    switch (op) {
        case RT_BINARY_OP_ADD: {
            if (!rt_obj_is_type(rhs, &rt_type_list)) {
                return RT_OBJ_NULL;
            }
            rt_obj_list_t *b = rhs;
            rt_obj_list_t *r = rt_list_new(a->len + b->len, NULL);
            memcpy(r->items, a->items, a->len * sizeof(rt_obj_t));
            memcpy(r->items + a->len, b->items, b->len * sizeof(rt_obj_t));
            return r;
        }
        case RT_BINARY_OP_INPLACE_ADD:
            extend_from(a, rhs);
            return lhs;
        case RT_BINARY_OP_MULTIPLY:
        case RT_BINARY_OP_INPLACE_MULTIPLY:
        case RT_BINARY_OP_REVERSE_MULTIPLY: {
            rt_int_t n;
            if (!rt_obj_get_int_maybe(rhs, &n)) {
                return RT_OBJ_NULL;
            }
            if (n < 0) {
                n = 0;
            }
            if (a->len != 0 && (size_t)n > SIZE_MAX / sizeof(rt_obj_t) / a->len) {
                rt_raise_memory_error();
            }
            size_t total = a->len * (size_t)n;
            if (op == RT_BINARY_OP_INPLACE_MULTIPLY) {
                size_t old = a->len;
                reserve(a, total);
                for (rt_int_t i = 1; i < n; i++) {
                    memcpy(a->items + (size_t)i * old, a->items, old * sizeof(rt_obj_t));
                }
                a->len = total;
                return lhs;
            }
            rt_obj_list_t *r = rt_list_new(total, NULL);
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
            size_t bn;
            rt_obj_t *bi;
            if (!rt_obj_is_type(rhs, &rt_type_list) || !rt_obj_get_array(rhs, &bn, &bi)) {
                return op == RT_BINARY_OP_EQUAL || op == RT_BINARY_OP_NOT_EQUAL
                           ? RT_BOOL(op == RT_BINARY_OP_NOT_EQUAL)
                           : RT_OBJ_NULL;
            }
            return RT_BOOL(rt_seq_compare(op, a->items, a->len, bi, bn));
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

// Replaces items [start, stop) by `n` new items.
static void splice(rt_obj_list_t *l, size_t start, size_t stop, const rt_obj_t *items, size_t n) {
    size_t old = stop - start;
    if (n > old) {
        reserve(l, l->len + (n - old));
    }
    memmove(l->items + start + n, l->items + stop, (l->len - stop) * sizeof(rt_obj_t));
    rt_copy_objs(l->items + start, items, n);
    l->len = l->len - old + n;
    for (size_t i = l->len; i < l->len + old && i < l->alloc; i++) {
        l->items[i] = RT_OBJ_NULL;
    }
}

static rt_obj_t list_subscr(rt_obj_t self, rt_obj_t index, rt_obj_t value) {
    rt_obj_list_t *l = as_list(self);
    if (rt_obj_is_type(index, &rt_type_slice)) {
        if (value == RT_OBJ_SENTINEL) {
            size_t n;
            rt_obj_t *items = rt_seq_slice(l->items, l->len, index, &n);
            return rt_list_new(n, items);
        }
        rt_bound_slice_t s;
        rt_slice_indices(index, l->len, &s);
        size_t count = rt_bound_slice_len(&s);
        if (value == RT_OBJ_NULL) {
            if (s.step == 1) {
                splice(l, (size_t)s.start, (size_t)s.start + count, NULL, 0);
                return RT_CONST_NONE;
            }
            // Delete every step-th item: keep the others in order.
            size_t w = 0;
            for (size_t i = 0; i < l->len; i++) {
                bool del = false;
                rt_int_t d = (rt_int_t)i - s.start;
                if (count > 0 && d % s.step == 0) {
                    rt_int_t k = d / s.step;
                    del = k >= 0 && (size_t)k < count;
                }
                if (!del) {
                    l->items[w++] = l->items[i];
                }
            }
            for (size_t i = w; i < l->len; i++) {
                l->items[i] = RT_OBJ_NULL;
            }
            l->len = w;
            return RT_CONST_NONE;
        }
        // Assignment: take a copy of the new items first (they may come from l).
        rt_obj_list_t *src = list_make_new(&rt_type_list, 1, 0, &value);
        if (s.step == 1) {
            size_t stop = (size_t)s.start + count;
            splice(l, (size_t)s.start, stop, src->items, src->len);
            return RT_CONST_NONE;
        }
        if (src->len != count) {
            rt_raise_fmt(&rt_type_ValueError,
                         "attempt to assign sequence of size %d to extended slice of size %d",
                         (int)src->len, (int)count);
        }
        for (size_t k = 0; k < count; k++) {
            l->items[s.start + (rt_int_t)k * s.step] = src->items[k];
        }
        return RT_CONST_NONE;
    }
    size_t i = rt_obj_get_index(&rt_type_list, l->len, index, false);
    if (value == RT_OBJ_SENTINEL) {
        return l->items[i];
    }
    if (value == RT_OBJ_NULL) {
        splice(l, i, i + 1, NULL, 0);
        return RT_CONST_NONE;
    }
    l->items[i] = value;
    return RT_CONST_NONE;
}

static rt_obj_t list_getiter(rt_obj_t self, rt_obj_iter_buf_t *iter_buf) {
    return rt_seq_iter_new(self, iter_buf);
}

// ---------------------------------------------------------------------------------------------
// Methods

static rt_obj_t list_append_m(rt_obj_t self, rt_obj_t item) {
    return rt_list_append(self, item);
}
static RT_DEFINE_FUN_2(list_append_obj, list_append_m);

static rt_obj_t list_extend(rt_obj_t self, rt_obj_t iterable) {
    extend_from(as_list(self), iterable);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_2(list_extend_obj, list_extend);

static rt_obj_t list_insert(rt_obj_t self, rt_obj_t index, rt_obj_t item) {
    rt_obj_list_t *l = as_list(self);
    rt_int_t i = rt_obj_get_int(index);
    if (i < 0) {
        i += (rt_int_t)l->len;
        if (i < 0) {
            i = 0;
        }
    }
    if ((size_t)i > l->len) {
        i = (rt_int_t)l->len;
    }
    splice(l, (size_t)i, (size_t)i, &item, 1);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_3(list_insert_obj, list_insert);

static rt_obj_t list_pop(size_t n_args, const rt_obj_t *args) {
    rt_obj_list_t *l = as_list(args[0]);
    if (l->len == 0) {
        rt_raise_msg(&rt_type_IndexError, "pop from empty list");
    }
    size_t i = n_args > 1 ? rt_obj_get_index(&rt_type_list, l->len, args[1], false) : l->len - 1;
    rt_obj_t v = l->items[i];
    splice(l, i, i + 1, NULL, 0);
    if (l->alloc > LIST_MIN_ALLOC && l->alloc > 4 * l->len) {
        size_t alloc = l->alloc / 2;
        l->items = rt_gc_realloc(l->items, alloc * sizeof(rt_obj_t), true);
        l->alloc = alloc;
    }
    return v;
}
static RT_DEFINE_FUN_VAR(list_pop_obj, 1, 2, list_pop);

static rt_obj_t list_remove(rt_obj_t self, rt_obj_t value) {
    rt_obj_list_t *l = as_list(self);
    for (size_t i = 0; i < l->len; i++) {
        if (rt_obj_equal(l->items[i], value)) {
            splice(l, i, i + 1, NULL, 0);
            return RT_CONST_NONE;
        }
    }
    rt_raise_msg(&rt_type_ValueError, "object not in sequence");
}
static RT_DEFINE_FUN_2(list_remove_obj, list_remove);

static rt_obj_t list_index(size_t n_args, const rt_obj_t *args) {
    rt_obj_list_t *l = as_list(args[0]);
    return rt_seq_index(&rt_type_list, l->items, l->len, n_args - 1, args + 1);
}
static RT_DEFINE_FUN_VAR(list_index_obj, 2, 4, list_index);

static rt_obj_t list_count(rt_obj_t self, rt_obj_t value) {
    rt_obj_list_t *l = as_list(self);
    return rt_seq_count(l->items, l->len, value);
}
static RT_DEFINE_FUN_2(list_count_obj, list_count);

static rt_obj_t list_reverse(rt_obj_t self) {
    rt_obj_list_t *l = as_list(self);
    for (size_t i = 0; i < l->len / 2; i++) {
        rt_obj_t t = l->items[i];
        l->items[i] = l->items[l->len - 1 - i];
        l->items[l->len - 1 - i] = t;
    }
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_1(list_reverse_obj, list_reverse);

static rt_obj_t list_copy(rt_obj_t self) {
    rt_obj_list_t *l = as_list(self);
    return rt_list_new(l->len, l->items);
}
static RT_DEFINE_FUN_1(list_copy_obj, list_copy);

static rt_obj_t list_clear(rt_obj_t self) {
    rt_obj_list_t *l = as_list(self);
    l->len = 0;
    l->items = rt_gc_realloc(l->items, LIST_MIN_ALLOC * sizeof(rt_obj_t), true);
    l->alloc = LIST_MIN_ALLOC;
    memset(l->items, 0, LIST_MIN_ALLOC * sizeof(rt_obj_t));
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_1(list_clear_obj, list_clear);

// Stable merge sort of items[] by keys[] (keys == items when there is no key function).
static bool sort_less(rt_obj_t a, rt_obj_t b, bool reverse) {
    if (reverse) {
        return rt_obj_is_true(rt_binary_op(RT_BINARY_OP_LESS, b, a));
    }
    return rt_obj_is_true(rt_binary_op(RT_BINARY_OP_LESS, a, b));
}

static void merge_sort(rt_obj_t *keys, rt_obj_t *items, rt_obj_t *tk, rt_obj_t *ti, size_t n,
                       bool reverse) {
    // Bottom-up: runs of width 1, 2, 4, ...
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (sort_less(keys[j], keys[i], reverse)) {
                    tk[k] = keys[j];
                    ti[k++] = items[j++];
                } else {
                    tk[k] = keys[i];
                    ti[k++] = items[i++];
                }
            }
            while (i < mid) {
                tk[k] = keys[i];
                ti[k++] = items[i++];
            }
            while (j < hi) {
                tk[k] = keys[j];
                ti[k++] = items[j++];
            }
        }
        memcpy(keys, tk, n * sizeof(rt_obj_t));
        memcpy(items, ti, n * sizeof(rt_obj_t));
    }
}

void rt_list_sort(rt_obj_t list, rt_obj_t key, bool reverse) {
    rt_obj_list_t *l = as_list(list);
    size_t n = l->len;
    if (n < 2) {
        return;
    }
    // Sort a copy so that a comparison that mutates the list cannot break memory safety.
    rt_obj_t *items = RT_NEW_ARRAY(rt_obj_t, n);
    memcpy(items, l->items, n * sizeof(rt_obj_t));
    rt_obj_t *keys = RT_NEW_ARRAY(rt_obj_t, n);
    for (size_t i = 0; i < n; i++) {
        keys[i] = key != RT_OBJ_NULL && key != RT_CONST_NONE ? rt_call_function_1(key, items[i])
                                                             : items[i];
    }
    rt_obj_t *tk = RT_NEW_ARRAY(rt_obj_t, n);
    rt_obj_t *ti = RT_NEW_ARRAY(rt_obj_t, n);
    merge_sort(keys, items, tk, ti, n, reverse);
    l = as_list(list);
    if (l->len == n) {
        memcpy(l->items, items, n * sizeof(rt_obj_t));
    }
}

static rt_obj_t list_sort(size_t n_args, const rt_obj_t *args, rt_map_t *kw) {
    if (n_args > 1) {
        rt_raise_msg(&rt_type_TypeError, "function takes 1 positional arguments but 2 were given");
    }
    rt_obj_t key = RT_OBJ_NULL;
    bool reverse = false;
    for (size_t i = 0; i < kw->alloc; i++) {
        if (!rt_map_slot_is_filled(kw, i)) {
            continue;
        }
        rt_qstr_t k = rt_obj_str_get_qstr(kw->table[i].key);
        if (k == RT_QSTR_key) {
            key = kw->table[i].value;
        } else if (k == RT_QSTR_reverse) {
            reverse = rt_obj_is_true(kw->table[i].value);
        } else {
            rt_raise_fmt(&rt_type_TypeError, "unexpected keyword argument '%q'", k);
        }
    }
    rt_list_sort(args[0], key, reverse);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_KW(list_sort_obj, 1, list_sort);

static const rt_map_elem_t list_locals_table[] = {
    {RT_ROM_QSTR(RT_QSTR_append), RT_ROM_PTR(&list_append_obj)},
    {RT_ROM_QSTR(RT_QSTR_clear), RT_ROM_PTR(&list_clear_obj)},
    {RT_ROM_QSTR(RT_QSTR_copy), RT_ROM_PTR(&list_copy_obj)},
    {RT_ROM_QSTR(RT_QSTR_count), RT_ROM_PTR(&list_count_obj)},
    {RT_ROM_QSTR(RT_QSTR_extend), RT_ROM_PTR(&list_extend_obj)},
    {RT_ROM_QSTR(RT_QSTR_index), RT_ROM_PTR(&list_index_obj)},
    {RT_ROM_QSTR(RT_QSTR_insert), RT_ROM_PTR(&list_insert_obj)},
    {RT_ROM_QSTR(RT_QSTR_pop), RT_ROM_PTR(&list_pop_obj)},
    {RT_ROM_QSTR(RT_QSTR_remove), RT_ROM_PTR(&list_remove_obj)},
    {RT_ROM_QSTR(RT_QSTR_reverse), RT_ROM_PTR(&list_reverse_obj)},
    {RT_ROM_QSTR(RT_QSTR_sort), RT_ROM_PTR(&list_sort_obj)},
};
static RT_DEFINE_CONST_DICT(list_locals_dict, list_locals_table);

const rt_type_t rt_type_list = {
    .base = {&rt_type_type},
    .name = RT_QSTR_list,
    .make_new = list_make_new,
    .print = list_print,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = list_getiter,
    .locals_dict = RT_CONST_DICT_PTR(&list_locals_dict),
};
