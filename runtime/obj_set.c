// set and frozenset: a hash map (map.h) whose values are unused; same probing and growth as
// dict, so iteration order follows the same rules.
#include <string.h>

#include "runtime.h"

typedef struct rt_obj_set {
    rt_obj_base_t base;
    rt_map_t map;
} rt_obj_set_t;

static bool is_set_like(rt_obj_t o) {
    return RT_OBJ_IS_PTR(o) && o != NULL &&
           (rt_obj_is_type(o, &rt_type_set) || rt_obj_is_type(o, &rt_type_frozenset));
}

static rt_obj_set_t *set_alloc(const rt_type_t *type, size_t n) {
    rt_obj_set_t *s = RT_NEW(rt_obj_set_t);
    s->base.type = type;
    rt_map_init(&s->map, n);
    return s;
}

void rt_set_add(rt_obj_t set, rt_obj_t item) {
    rt_map_elem_t *e =
        rt_map_lookup(&((rt_obj_set_t *)set)->map, item, RT_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    e->value = RT_CONST_TRUE;
}

rt_obj_t rt_set_new(size_t n, const rt_obj_t *items) {
    rt_obj_set_t *s = set_alloc(&rt_type_set, n);
    for (size_t i = 0; i < n; i++) {
        rt_set_add(s, items[i]);
    }
    return s;
}

static bool set_has(rt_obj_t set, rt_obj_t item) {
    return rt_map_lookup(&((rt_obj_set_t *)set)->map, item, RT_MAP_LOOKUP) != NULL;
}

static void add_iterable(rt_obj_t set, rt_obj_t iterable) {
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(iterable, &buf);
    rt_obj_t item;
    while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        rt_set_add(set, item);
    }
}

static rt_obj_t set_copy_as(rt_obj_t self, const rt_type_t *type) {
    rt_obj_set_t *s = self;
    rt_obj_set_t *r = set_alloc(type, 0);
    r->map.alloc = s->map.alloc;
    r->map.used = s->map.used;
    r->map.all_keys_are_qstrs = s->map.all_keys_are_qstrs;
    r->map.table = RT_NEW_ARRAY(rt_map_elem_t, s->map.alloc == 0 ? 1 : s->map.alloc);
    memcpy(r->map.table, s->map.table, s->map.alloc * sizeof(rt_map_elem_t));
    return r;
}

static void set_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_obj_set_t *s = o;
    bool frozen = s->base.type == &rt_type_frozenset;
    if (s->map.used == 0) {
        rt_print_str(p, frozen ? "frozenset()" : "set()");
        return;
    }
    if (frozen) {
        rt_print_str(p, "frozenset(");
    }
    rt_print_str(p, "{");
    bool first = true;
    for (size_t i = 0; i < s->map.alloc; i++) {
        if (rt_map_slot_is_filled(&s->map, i)) {
            if (!first) {
                rt_print_str(p, ", ");
            }
            first = false;
            rt_obj_print(p, s->map.table[i].key, RT_PRINT_REPR);
        }
    }
    rt_print_str(p, "}");
    if (frozen) {
        rt_print_str(p, ")");
    }
}

static rt_obj_t set_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                             const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 1, false);
    rt_obj_set_t *s = set_alloc(type, 0);
    if (n_args == 1) {
        add_iterable(s, args[0]);
    }
    return s;
}

static rt_obj_t set_unary_op(rt_unary_op_t op, rt_obj_t o) {
    rt_obj_set_t *s = o;
    switch (op) {
        case RT_UNARY_OP_BOOL:
            return RT_BOOL(s->map.used != 0);
        case RT_UNARY_OP_LEN:
            return RT_OBJ_NEW_SMALL_INT(s->map.used);
        case RT_UNARY_OP_HASH:
            if (s->base.type == &rt_type_frozenset) {
                rt_uint_t h = 0;
                for (size_t i = 0; i < s->map.alloc; i++) {
                    if (rt_map_slot_is_filled(&s->map, i)) {
                        h += (rt_uint_t)rt_obj_hash(s->map.table[i].key);
                    }
                }
                return RT_OBJ_NEW_SMALL_INT((rt_int_t)(h & (rt_uint_t)RT_SMALL_INT_MAX));
            }
            return RT_OBJ_NULL;
        default:
            return RT_OBJ_NULL;
    }
}

// Is every item of a in b?
static bool subset(rt_obj_set_t *a, rt_obj_t b) {
    for (size_t i = 0; i < a->map.alloc; i++) {
        if (rt_map_slot_is_filled(&a->map, i) && !set_has(b, a->map.table[i].key)) {
            return false;
        }
    }
    return true;
}

static rt_obj_t combine(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    rt_obj_set_t *a = lhs;
    rt_obj_set_t *r;
    switch (op) {
        case RT_BINARY_OP_OR:
            r = set_copy_as(lhs, a->base.type);
            add_iterable(r, rhs);
            return r;
        case RT_BINARY_OP_AND:
            r = set_alloc(a->base.type, 0);
            for (size_t i = 0; i < a->map.alloc; i++) {
                if (rt_map_slot_is_filled(&a->map, i) && set_has(rhs, a->map.table[i].key)) {
                    rt_set_add(r, a->map.table[i].key);
                }
            }
            return r;
        case RT_BINARY_OP_SUBTRACT:
            r = set_alloc(a->base.type, 0);
            for (size_t i = 0; i < a->map.alloc; i++) {
                if (rt_map_slot_is_filled(&a->map, i) && !set_has(rhs, a->map.table[i].key)) {
                    rt_set_add(r, a->map.table[i].key);
                }
            }
            return r;
        default: { // XOR
            r = set_alloc(a->base.type, 0);
            rt_obj_set_t *b = rhs;
            for (size_t i = 0; i < a->map.alloc; i++) {
                if (rt_map_slot_is_filled(&a->map, i) && !set_has(rhs, a->map.table[i].key)) {
                    rt_set_add(r, a->map.table[i].key);
                }
            }
            for (size_t i = 0; i < b->map.alloc; i++) {
                if (rt_map_slot_is_filled(&b->map, i) && !set_has(lhs, b->map.table[i].key)) {
                    rt_set_add(r, b->map.table[i].key);
                }
            }
            return r;
        }
    }
}

static rt_obj_t set_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    rt_obj_set_t *a = lhs;
    if (op == RT_BINARY_OP_CONTAINS) {
        return RT_BOOL(set_has(lhs, rhs));
    }
    if (!is_set_like(rhs)) {
        if (op == RT_BINARY_OP_EQUAL) {
            return RT_CONST_FALSE;
        }
        return RT_OBJ_NULL;
    }
    rt_obj_set_t *b = rhs;
    bool inplace = op >= RT_BINARY_OP_INPLACE_OR && op <= RT_BINARY_OP_INPLACE_POWER;
    rt_binary_op_t plain = inplace ? op + RT_BINARY_OP_INPLACE_TO_PLAIN : op;
    switch (plain) {
        case RT_BINARY_OP_EQUAL:
            return RT_BOOL(a->map.used == b->map.used && subset(a, rhs));
        case RT_BINARY_OP_LESS_EQUAL:
            return RT_BOOL(subset(a, rhs));
        case RT_BINARY_OP_LESS:
            return RT_BOOL(a->map.used < b->map.used && subset(a, rhs));
        case RT_BINARY_OP_MORE_EQUAL:
            return RT_BOOL(subset(b, lhs));
        case RT_BINARY_OP_MORE:
            return RT_BOOL(a->map.used > b->map.used && subset(b, lhs));
        case RT_BINARY_OP_OR:
        case RT_BINARY_OP_AND:
        case RT_BINARY_OP_SUBTRACT:
        case RT_BINARY_OP_XOR: {
            rt_obj_t r = combine(plain, lhs, rhs);
            if (inplace && a->base.type == &rt_type_set) {
                a->map = ((rt_obj_set_t *)r)->map;
                return lhs;
            }
            return r;
        }
        default:
            return RT_OBJ_NULL;
    }
}

typedef struct set_iter {
    rt_obj_base_t base;
    rt_obj_t set;
    size_t pos;
} set_iter_t;

static rt_obj_t set_iter_next(rt_obj_t self) {
    set_iter_t *it = self;
    rt_obj_set_t *s = it->set;
    for (size_t i = it->pos; i < s->map.alloc; i++) {
        if (rt_map_slot_is_filled(&s->map, i)) {
            it->pos = i + 1;
            return s->map.table[i].key;
        }
    }
    it->pos = s->map.alloc;
    return RT_OBJ_STOP_ITERATION;
}

static const rt_type_t set_iter_type = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_iterator,
    .iternext = set_iter_next,
};

static rt_obj_t set_getiter(rt_obj_t self, rt_obj_iter_buf_t *iter_buf) {
    set_iter_t *it = iter_buf != NULL ? (set_iter_t *)iter_buf : RT_NEW(set_iter_t);
    it->base.type = &set_iter_type;
    it->set = self;
    it->pos = 0;
    return it;
}

// ---------------------------------------------------------------------------------------------
// Methods

static rt_obj_t set_add_m(rt_obj_t self, rt_obj_t item) {
    rt_set_add(self, item);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_2(set_add_obj, set_add_m);

static rt_obj_t set_discard(rt_obj_t self, rt_obj_t item) {
    rt_map_lookup(&((rt_obj_set_t *)self)->map, item, RT_MAP_LOOKUP_REMOVE_IF_FOUND);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_2(set_discard_obj, set_discard);

static rt_obj_t set_remove(rt_obj_t self, rt_obj_t item) {
    if (rt_map_lookup(&((rt_obj_set_t *)self)->map, item, RT_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        rt_raise_obj(&rt_type_KeyError, item);
    }
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_2(set_remove_obj, set_remove);

static rt_obj_t set_pop(rt_obj_t self) {
    rt_obj_set_t *s = self;
    for (size_t i = 0; i < s->map.alloc; i++) {
        if (rt_map_slot_is_filled(&s->map, i)) {
            rt_obj_t k = s->map.table[i].key;
            rt_map_lookup(&s->map, k, RT_MAP_LOOKUP_REMOVE_IF_FOUND);
            return k;
        }
    }
    rt_raise_msg(&rt_type_KeyError, "pop from an empty set");
}
static RT_DEFINE_FUN_1(set_pop_obj, set_pop);

static rt_obj_t set_clear(rt_obj_t self) {
    rt_map_clear(&((rt_obj_set_t *)self)->map);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_1(set_clear_obj, set_clear);

static rt_obj_t set_copy(rt_obj_t self) {
    return set_copy_as(self, rt_obj_get_type(self));
}
static RT_DEFINE_FUN_1(set_copy_obj, set_copy);

static rt_obj_t set_update(size_t n_args, const rt_obj_t *args) {
    for (size_t i = 1; i < n_args; i++) {
        add_iterable(args[0], args[i]);
    }
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_VAR(set_update_obj, 1, RT_FUN_ARGS_MAX, set_update);

// The named forms accept any iterable: turn it into a set first.
static rt_obj_t as_set(rt_obj_t o) {
    if (is_set_like(o)) {
        return o;
    }
    rt_obj_t s = rt_set_new(0, NULL);
    add_iterable(s, o);
    return s;
}

static rt_obj_t named(rt_binary_op_t op, rt_obj_t self, rt_obj_t other) {
    return combine(op, self, as_set(other));
}
static rt_obj_t set_union(rt_obj_t a, rt_obj_t b) {
    return named(RT_BINARY_OP_OR, a, b);
}
static rt_obj_t set_intersection(rt_obj_t a, rt_obj_t b) {
    return named(RT_BINARY_OP_AND, a, b);
}
static rt_obj_t set_difference(rt_obj_t a, rt_obj_t b) {
    return named(RT_BINARY_OP_SUBTRACT, a, b);
}
static rt_obj_t set_symmetric_difference(rt_obj_t a, rt_obj_t b) {
    return named(RT_BINARY_OP_XOR, a, b);
}
static rt_obj_t set_issubset(rt_obj_t a, rt_obj_t b) {
    return RT_BOOL(subset(a, as_set(b)));
}
static rt_obj_t set_issuperset(rt_obj_t a, rt_obj_t b) {
    return RT_BOOL(subset(as_set(b), a));
}
static rt_obj_t set_isdisjoint(rt_obj_t a, rt_obj_t b) {
    rt_obj_set_t *r = combine(RT_BINARY_OP_AND, a, as_set(b));
    return RT_BOOL(r->map.used == 0);
}
static rt_obj_t set_difference_update(rt_obj_t a, rt_obj_t b) {
    rt_obj_set_t *r = combine(RT_BINARY_OP_SUBTRACT, a, as_set(b));
    ((rt_obj_set_t *)a)->map = r->map;
    return RT_CONST_NONE;
}
static rt_obj_t set_intersection_update(rt_obj_t a, rt_obj_t b) {
    rt_obj_set_t *r = combine(RT_BINARY_OP_AND, a, as_set(b));
    ((rt_obj_set_t *)a)->map = r->map;
    return RT_CONST_NONE;
}
static rt_obj_t set_symmetric_difference_update(rt_obj_t a, rt_obj_t b) {
    rt_obj_set_t *r = combine(RT_BINARY_OP_XOR, a, as_set(b));
    ((rt_obj_set_t *)a)->map = r->map;
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_2(set_symmetric_difference_update_obj, set_symmetric_difference_update);
static RT_DEFINE_FUN_2(set_union_obj, set_union);
static RT_DEFINE_FUN_2(set_intersection_obj, set_intersection);
static RT_DEFINE_FUN_2(set_difference_obj, set_difference);
static RT_DEFINE_FUN_2(set_symmetric_difference_obj, set_symmetric_difference);
static RT_DEFINE_FUN_2(set_issubset_obj, set_issubset);
static RT_DEFINE_FUN_2(set_issuperset_obj, set_issuperset);
static RT_DEFINE_FUN_2(set_isdisjoint_obj, set_isdisjoint);
static RT_DEFINE_FUN_2(set_difference_update_obj, set_difference_update);
static RT_DEFINE_FUN_2(set_intersection_update_obj, set_intersection_update);

#define FROZEN_METHODS                                                                            \
    {RT_ROM_QSTR(RT_QSTR_copy), RT_ROM_PTR(&set_copy_obj)},                                       \
        {RT_ROM_QSTR(RT_QSTR_difference), RT_ROM_PTR(&set_difference_obj)},                       \
        {RT_ROM_QSTR(RT_QSTR_intersection), RT_ROM_PTR(&set_intersection_obj)},                   \
        {RT_ROM_QSTR(RT_QSTR_isdisjoint), RT_ROM_PTR(&set_isdisjoint_obj)},                       \
        {RT_ROM_QSTR(RT_QSTR_issubset), RT_ROM_PTR(&set_issubset_obj)},                           \
        {RT_ROM_QSTR(RT_QSTR_issuperset), RT_ROM_PTR(&set_issuperset_obj)},                       \
        {RT_ROM_QSTR(RT_QSTR_symmetric_difference), RT_ROM_PTR(&set_symmetric_difference_obj)}, { \
        RT_ROM_QSTR(RT_QSTR_union), RT_ROM_PTR(&set_union_obj)                                    \
    }

static const rt_map_elem_t set_locals_table[] = {
    FROZEN_METHODS,
    {RT_ROM_QSTR(RT_QSTR_add), RT_ROM_PTR(&set_add_obj)},
    {RT_ROM_QSTR(RT_QSTR_clear), RT_ROM_PTR(&set_clear_obj)},
    {RT_ROM_QSTR(RT_QSTR_difference_update), RT_ROM_PTR(&set_difference_update_obj)},
    {RT_ROM_QSTR(RT_QSTR_discard), RT_ROM_PTR(&set_discard_obj)},
    {RT_ROM_QSTR(RT_QSTR_intersection_update), RT_ROM_PTR(&set_intersection_update_obj)},
    {RT_ROM_QSTR(RT_QSTR_pop), RT_ROM_PTR(&set_pop_obj)},
    {RT_ROM_QSTR(RT_QSTR_remove), RT_ROM_PTR(&set_remove_obj)},
    {RT_ROM_QSTR(RT_QSTR_symmetric_difference_update),
     RT_ROM_PTR(&set_symmetric_difference_update_obj)},
    {RT_ROM_QSTR(RT_QSTR_update), RT_ROM_PTR(&set_update_obj)},
};
static RT_DEFINE_CONST_DICT(set_locals_dict, set_locals_table);

static const rt_map_elem_t frozenset_locals_table[] = {FROZEN_METHODS};
static RT_DEFINE_CONST_DICT(frozenset_locals_dict, frozenset_locals_table);

const rt_type_t rt_type_set = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_EQ_CHECKS_OTHER,
    .name = RT_QSTR_set,
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = RT_CONST_DICT_PTR(&set_locals_dict),
};

const rt_type_t rt_type_frozenset = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_EQ_CHECKS_OTHER,
    .name = RT_QSTR_frozenset,
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = RT_CONST_DICT_PTR(&frozenset_locals_dict),
};
