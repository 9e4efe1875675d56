// dict: a hash map (map.h) behind an object, its methods, and the keys/values/items views.
#include <string.h>

#include "runtime.h"
#include "seq.h"

static rt_obj_dict_t *as_dict(rt_obj_t o) {
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->flags & RT_TYPE_FLAG_INSTANCE) {
        return ((rt_obj_instance_t *)o)->subobj[0];
    }
    return o;
}

rt_obj_t rt_dict_new(size_t n) {
    rt_obj_dict_t *d = RT_NEW(rt_obj_dict_t);
    d->base.type = &rt_type_dict;
    rt_map_init(&d->map, n);
    return d;
}

rt_map_t *rt_dict_map(rt_obj_t dict) {
    return &as_dict(dict)->map;
}

size_t rt_dict_len(rt_obj_t dict) {
    return as_dict(dict)->map.used;
}

rt_obj_t rt_dict_get(rt_obj_t dict, rt_obj_t key) {
    rt_map_elem_t *e = rt_map_lookup(&as_dict(dict)->map, key, RT_MAP_LOOKUP);
    return e ? e->value : RT_OBJ_NULL;
}

void rt_dict_store(rt_obj_t dict, rt_obj_t key, rt_obj_t value) {
    rt_map_lookup(&as_dict(dict)->map, key, RT_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
}

void rt_dict_delete(rt_obj_t dict, rt_obj_t key) {
    rt_map_elem_t *e = rt_map_lookup(&as_dict(dict)->map, key, RT_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e == NULL) {
        rt_raise_obj(&rt_type_KeyError, key);
    }
    e->value = RT_OBJ_NULL;
}

// The next filled slot at or after *pos, or NULL.
static rt_map_elem_t *next_elem(rt_map_t *map, size_t *pos) {
    for (size_t i = *pos; i < map->alloc; i++) {
        if (rt_map_slot_is_filled(map, i)) {
            *pos = i + 1;
            return &map->table[i];
        }
    }
    *pos = map->alloc;
    return NULL;
}

static void dict_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_map_t *map = &as_dict(o)->map;
    rt_print_str(p, "{");
    size_t pos = 0;
    bool first = true;
    rt_map_elem_t *e;
    while ((e = next_elem(map, &pos)) != NULL) {
        if (!first) {
            rt_print_str(p, ", ");
        }
        first = false;
        rt_obj_print(p, e->key, RT_PRINT_REPR);
        rt_print_str(p, ": ");
        rt_obj_print(p, e->value, RT_PRINT_REPR);
    }
    rt_print_str(p, "}");
}

static void update_from(rt_obj_t dict, rt_obj_t other) {
    if (RT_OBJ_IS_PTR(other) && other != NULL &&
        rt_type_is_subclass(rt_obj_get_type(other), &rt_type_dict)) {
        rt_map_t *m = rt_dict_map(other);
        size_t pos = 0;
        rt_map_elem_t *e;
        while ((e = next_elem(m, &pos)) != NULL) {
            rt_dict_store(dict, e->key, e->value);
        }
        return;
    }
    rt_obj_t dest[2];
    rt_load_method_maybe(other, RT_QSTR_keys, dest);
    if (dest[0] != RT_OBJ_NULL) {
        rt_obj_t it = rt_getiter(rt_call_method_n_kw(0, 0, dest), NULL);
        rt_obj_t k;
        while ((k = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
            rt_dict_store(dict, k, rt_subscr(other, k, RT_OBJ_SENTINEL));
        }
        return;
    }
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(other, &buf);
    rt_obj_t item;
    while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        rt_obj_t kv[2];
        rt_unpack_sequence(item, 2, kv);
        rt_dict_store(dict, kv[1], kv[0]);
    }
}

static void update_kw(rt_obj_t dict, size_t n_kw, const rt_obj_t *kw) {
    for (size_t i = 0; i < n_kw; i++) {
        rt_dict_store(dict, kw[2 * i], kw[2 * i + 1]);
    }
}

static rt_obj_t dict_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                              const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 1, true);
    rt_obj_t d = rt_dict_new(0);
    if (n_args == 1) {
        update_from(d, args[0]);
    }
    update_kw(d, n_kw, args + n_args);
    return d;
}

static rt_obj_t dict_unary_op(rt_unary_op_t op, rt_obj_t o) {
    rt_map_t *map = &as_dict(o)->map;
    switch (op) {
        case RT_UNARY_OP_BOOL:
            return RT_BOOL(map->used != 0);
        case RT_UNARY_OP_LEN:
            return RT_OBJ_NEW_SMALL_INT(map->used);
        default:
            return RT_OBJ_NULL;
    }
}

static rt_obj_t dict_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    rt_map_t *a = &as_dict(lhs)->map;
    bool rhs_dict = RT_OBJ_IS_PTR(rhs) && rhs != NULL &&
                    rt_type_is_subclass(rt_obj_get_type(rhs), &rt_type_dict);
    switch (op) {
        case RT_BINARY_OP_CONTAINS:
            return RT_BOOL(rt_map_lookup(a, rhs, RT_MAP_LOOKUP) != NULL);
        case RT_BINARY_OP_EQUAL:
        case RT_BINARY_OP_NOT_EQUAL: {
            bool eq = false;
            if (rhs_dict) {
                rt_map_t *b = rt_dict_map(rhs);
                eq = a->used == b->used;
                size_t pos = 0;
                rt_map_elem_t *e;
                while (eq && (e = next_elem(a, &pos)) != NULL) {
                    rt_map_elem_t *f = rt_map_lookup(b, e->key, RT_MAP_LOOKUP);
                    eq = f != NULL && rt_obj_equal(e->value, f->value);
                }
            }
            return RT_BOOL(op == RT_BINARY_OP_EQUAL ? eq : !eq);
        }
        case RT_BINARY_OP_INPLACE_OR:
            update_from(lhs, rhs); // like update(): any mapping or iterable of pairs
            return lhs;
        case RT_BINARY_OP_OR: {
            if (!rhs_dict) {
                return RT_OBJ_NULL;
            }
            rt_obj_t d = lhs;
            if (op == RT_BINARY_OP_OR) {
                d = rt_dict_new(a->alloc);
                update_from(d, lhs);
            }
            update_from(d, rhs);
            return d;
        }
        default:
            return RT_OBJ_NULL;
    }
}

static rt_obj_t dict_subscr(rt_obj_t self, rt_obj_t index, rt_obj_t value) {
    if (value == RT_OBJ_SENTINEL) {
        rt_obj_t v = rt_dict_get(self, index);
        if (v == RT_OBJ_NULL) {
            // A subclass may define __missing__.
            if (rt_obj_get_type(self)->flags & RT_TYPE_FLAG_INSTANCE) {
                rt_obj_t meth[2];
                if (rt_type_lookup_special(self, RT_QSTR___missing__, meth)) {
                    rt_obj_t a[3] = {meth[0], meth[1], index};
                    return rt_call_method_n_kw(1, 0, a);
                }
            }
            rt_raise_obj(&rt_type_KeyError, index);
        }
        return v;
    }
    if (value == RT_OBJ_NULL) {
        rt_dict_delete(self, index);
    } else {
        rt_dict_store(self, index, value);
    }
    return RT_CONST_NONE;
}

// ---------------------------------------------------------------------------------------------
// Iteration and views

typedef enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS } view_kind;

typedef struct dict_iter {
    rt_obj_base_t base;
    rt_obj_t dict;
    size_t pos;
    size_t kind;
} dict_iter_t;

static rt_obj_t dict_iter_next(rt_obj_t self) {
    dict_iter_t *it = self;
    rt_map_elem_t *e = next_elem(rt_dict_map(it->dict), &it->pos);
    if (e == NULL) {
        return RT_OBJ_STOP_ITERATION;
    }
    switch (it->kind) {
        case VIEW_KEYS:
            return e->key;
        case VIEW_VALUES:
            return e->value;
        default: {
            rt_obj_t kv[2] = {e->key, e->value};
            return rt_tuple_new(2, kv);
        }
    }
}

static const rt_type_t dict_iter_type = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_iterator,
    .iternext = dict_iter_next,
};

static rt_obj_t dict_iter_new(rt_obj_t dict, view_kind kind, rt_obj_iter_buf_t *buf) {
    dict_iter_t *it = buf != NULL ? (dict_iter_t *)buf : RT_NEW(dict_iter_t);
    it->base.type = &dict_iter_type;
    it->dict = dict;
    it->pos = 0;
    it->kind = kind;
    return it;
}

static rt_obj_t dict_getiter(rt_obj_t self, rt_obj_iter_buf_t *iter_buf) {
    return dict_iter_new(self, VIEW_KEYS, iter_buf);
}

typedef struct dict_view {
    rt_obj_base_t base;
    rt_obj_t dict;
    size_t kind;
} dict_view_t;

static const rt_type_t dict_view_type;

static void dict_view_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    dict_view_t *v = o;
    static const char *const names[] = {"dict_keys", "dict_values", "dict_items"};
    rt_print_str(p, names[v->kind]);
    rt_print_str(p, "([");
    rt_obj_t it = dict_iter_new(v->dict, (view_kind)v->kind, NULL);
    rt_obj_t item;
    bool first = true;
    while ((item = dict_iter_next(it)) != RT_OBJ_STOP_ITERATION) {
        if (!first) {
            rt_print_str(p, ", ");
        }
        first = false;
        rt_obj_print(p, item, RT_PRINT_REPR);
    }
    rt_print_str(p, "])");
}

static rt_obj_t dict_view_getiter(rt_obj_t self, rt_obj_iter_buf_t *iter_buf) {
    dict_view_t *v = self;
    return dict_iter_new(v->dict, (view_kind)v->kind, iter_buf);
}

static rt_obj_t dict_view_unary_op(rt_unary_op_t op, rt_obj_t self) {
    dict_view_t *v = self;
    if (op == RT_UNARY_OP_LEN) {
        return RT_OBJ_NEW_SMALL_INT(rt_dict_len(v->dict));
    }
    if (op == RT_UNARY_OP_BOOL) {
        return RT_BOOL(rt_dict_len(v->dict) != 0);
    }
    return RT_OBJ_NULL;
}

static rt_obj_t dict_view_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    dict_view_t *v = lhs;
    if (op == RT_BINARY_OP_CONTAINS) {
        if (v->kind == VIEW_KEYS) {
            return RT_BOOL(rt_dict_get(v->dict, rhs) != RT_OBJ_NULL);
        }
        return RT_OBJ_NULL; // the runtime iterates
    }
    return RT_OBJ_NULL;
}

static const rt_type_t dict_view_type = {
    .base = {&rt_type_type},
    .name = RT_QSTR_dict_view,
    .print = dict_view_print,
    .unary_op = dict_view_unary_op,
    .binary_op = dict_view_binary_op,
    .getiter = dict_view_getiter,
};

static rt_obj_t view_new(rt_obj_t dict, view_kind kind) {
    dict_view_t *v = RT_NEW(dict_view_t);
    v->base.type = &dict_view_type;
    v->dict = dict;
    v->kind = kind;
    return v;
}

// ---------------------------------------------------------------------------------------------
// Methods

static rt_obj_t dict_keys(rt_obj_t self) {
    return view_new(self, VIEW_KEYS);
}
static rt_obj_t dict_values(rt_obj_t self) {
    return view_new(self, VIEW_VALUES);
}
static rt_obj_t dict_items(rt_obj_t self) {
    return view_new(self, VIEW_ITEMS);
}
static RT_DEFINE_FUN_1(dict_keys_obj, dict_keys);
static RT_DEFINE_FUN_1(dict_values_obj, dict_values);
static RT_DEFINE_FUN_1(dict_items_obj, dict_items);

static rt_obj_t dict_get_m(size_t n_args, const rt_obj_t *args) {
    rt_obj_t v = rt_dict_get(args[0], args[1]);
    if (v == RT_OBJ_NULL) {
        return n_args > 2 ? args[2] : RT_CONST_NONE;
    }
    return v;
}
static RT_DEFINE_FUN_VAR(dict_get_obj, 2, 3, dict_get_m);

static rt_obj_t dict_pop(size_t n_args, const rt_obj_t *args) {
    rt_map_elem_t *e = rt_map_lookup(rt_dict_map(args[0]), args[1], RT_MAP_LOOKUP_REMOVE_IF_FOUND);
    if (e == NULL) {
        if (n_args > 2) {
            return args[2];
        }
        rt_raise_obj(&rt_type_KeyError, args[1]);
    }
    rt_obj_t v = e->value;
    e->value = RT_OBJ_NULL;
    return v;
}
static RT_DEFINE_FUN_VAR(dict_pop_obj, 2, 3, dict_pop);

static rt_obj_t dict_popitem(rt_obj_t self) {
    rt_map_t *map = rt_dict_map(self);
    for (size_t i = map->alloc; i > 0; i--) {
        if (rt_map_slot_is_filled(map, i - 1)) {
            rt_obj_t kv[2] = {map->table[i - 1].key, map->table[i - 1].value};
            rt_map_lookup(map, kv[0], RT_MAP_LOOKUP_REMOVE_IF_FOUND)->value = RT_OBJ_NULL;
            return rt_tuple_new(2, kv);
        }
    }
    rt_raise_msg(&rt_type_KeyError, "popitem(): dictionary is empty");
}
static RT_DEFINE_FUN_1(dict_popitem_obj, dict_popitem);

static rt_obj_t dict_setdefault(size_t n_args, const rt_obj_t *args) {
    rt_map_elem_t *e = rt_map_lookup(rt_dict_map(args[0]), args[1], RT_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (e->value == RT_OBJ_NULL) {
        e->value = n_args > 2 ? args[2] : RT_CONST_NONE;
    }
    return e->value;
}
static RT_DEFINE_FUN_VAR(dict_setdefault_obj, 2, 3, dict_setdefault);

static rt_obj_t dict_update(size_t n_args, const rt_obj_t *args, rt_map_t *kw) {
    if (n_args > 2) {
        rt_raise_msg(&rt_type_TypeError, "function expected at most 2 arguments");
    }
    if (n_args == 2) {
        update_from(args[0], args[1]);
    }
    for (size_t i = 0; i < kw->alloc; i++) {
        if (rt_map_slot_is_filled(kw, i)) {
            rt_dict_store(args[0], kw->table[i].key, kw->table[i].value);
        }
    }
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_KW(dict_update_obj, 1, dict_update);

static rt_obj_t dict_clear(rt_obj_t self) {
    rt_map_clear(rt_dict_map(self));
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_1(dict_clear_obj, dict_clear);

static rt_obj_t dict_copy(rt_obj_t self) {
    rt_map_t *m = rt_dict_map(self);
    rt_obj_dict_t *d = rt_dict_new(0);
    d->map.alloc = m->alloc;
    d->map.used = m->used;
    d->map.all_keys_are_qstrs = m->all_keys_are_qstrs;
    d->map.is_ordered = m->is_ordered;
    d->map.table = RT_NEW_ARRAY(rt_map_elem_t, m->alloc == 0 ? 1 : m->alloc);
    memcpy(d->map.table, m->table, m->alloc * sizeof(rt_map_elem_t));
    return d;
}
static RT_DEFINE_FUN_1(dict_copy_obj, dict_copy);

static rt_obj_t dict_fromkeys(size_t n_args, const rt_obj_t *args) {
    rt_obj_t d = rt_dict_new(0);
    rt_obj_t value = n_args > 2 ? args[2] : RT_CONST_NONE;
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(args[1], &buf);
    rt_obj_t k;
    while ((k = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        rt_dict_store(d, k, value);
    }
    return d;
}
static RT_DEFINE_FUN_VAR(dict_fromkeys_fun, 2, 3, dict_fromkeys);
static const rt_obj_static_class_method_t dict_fromkeys_obj = {{&rt_type_classmethod},
                                                               (rt_obj_t)&dict_fromkeys_fun};

static const rt_map_elem_t dict_locals_table[] = {
    {RT_ROM_QSTR(RT_QSTR_clear), RT_ROM_PTR(&dict_clear_obj)},
    {RT_ROM_QSTR(RT_QSTR_copy), RT_ROM_PTR(&dict_copy_obj)},
    {RT_ROM_QSTR(RT_QSTR_fromkeys), RT_ROM_PTR(&dict_fromkeys_obj)},
    {RT_ROM_QSTR(RT_QSTR_get), RT_ROM_PTR(&dict_get_obj)},
    {RT_ROM_QSTR(RT_QSTR_items), RT_ROM_PTR(&dict_items_obj)},
    {RT_ROM_QSTR(RT_QSTR_keys), RT_ROM_PTR(&dict_keys_obj)},
    {RT_ROM_QSTR(RT_QSTR_pop), RT_ROM_PTR(&dict_pop_obj)},
    {RT_ROM_QSTR(RT_QSTR_popitem), RT_ROM_PTR(&dict_popitem_obj)},
    {RT_ROM_QSTR(RT_QSTR_setdefault), RT_ROM_PTR(&dict_setdefault_obj)},
    {RT_ROM_QSTR(RT_QSTR_update), RT_ROM_PTR(&dict_update_obj)},
    {RT_ROM_QSTR(RT_QSTR_values), RT_ROM_PTR(&dict_values_obj)},
};
static RT_DEFINE_CONST_DICT(dict_locals_dict, dict_locals_table);

const rt_type_t rt_type_dict = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_EQ_CHECKS_OTHER,
    .name = RT_QSTR_dict,
    .make_new = dict_make_new,
    .print = dict_print,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals_dict = RT_CONST_DICT_PTR(&dict_locals_dict),
};
