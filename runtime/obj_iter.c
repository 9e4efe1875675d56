// Iterators: over tuples and lists, through __getitem__, and the iterator builtins
// (enumerate, zip, map, filter, reversed).
#include <string.h>

#include "runtime.h"

// ---------------------------------------------------------------------------------------------
// Tuple and list iterator: re-reads the array each step, so a list may change while iterated.

typedef struct seq_iter {
    rt_obj_base_t base;
    rt_obj_t seq;
    size_t index;
} seq_iter_t;

static rt_obj_t seq_iter_next(rt_obj_t self) {
    seq_iter_t *it = self;
    size_t n;
    rt_obj_t *items;
    rt_obj_get_array(it->seq, &n, &items);
    if (it->index < n) {
        return items[it->index++];
    }
    return RT_OBJ_STOP_ITERATION;
}

static const rt_type_t seq_iter_type = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_iterator,
    .iternext = seq_iter_next,
};

rt_obj_t rt_seq_iter_new(rt_obj_t seq, rt_obj_iter_buf_t *iter_buf) {
    seq_iter_t *it = iter_buf != NULL ? (seq_iter_t *)iter_buf : RT_NEW(seq_iter_t);
    it->base.type = &seq_iter_type;
    it->seq = seq;
    it->index = 0;
    return it;
}

// ---------------------------------------------------------------------------------------------
// __getitem__ iterator: obj[0], obj[1], ... until IndexError or StopIteration.

typedef struct getitem_iter {
    rt_obj_base_t base;
    rt_obj_t obj;
    size_t index;
} getitem_iter_t;

static rt_obj_t getitem_iter_next(rt_obj_t self) {
    getitem_iter_t *it = self;
    rt_nlr_buf_t nlr;
    if (rt_nlr_push(&nlr) == 0) {
        rt_obj_t v = rt_subscr(it->obj, RT_OBJ_NEW_SMALL_INT(it->index), RT_OBJ_SENTINEL);
        rt_nlr_pop();
        it->index++;
        return v;
    }
    if (rt_exception_match(nlr.ret_val, &rt_type_IndexError) ||
        rt_exception_match(nlr.ret_val, &rt_type_StopIteration)) {
        return RT_OBJ_STOP_ITERATION;
    }
    rt_raise(nlr.ret_val);
}

static const rt_type_t getitem_iter_type = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_iterator,
    .iternext = getitem_iter_next,
};

rt_obj_t rt_getitem_iter_new(rt_obj_t obj, rt_obj_iter_buf_t *iter_buf) {
    getitem_iter_t *it = iter_buf != NULL ? (getitem_iter_t *)iter_buf : RT_NEW(getitem_iter_t);
    it->base.type = &getitem_iter_type;
    it->obj = obj;
    it->index = 0;
    return it;
}

// ---------------------------------------------------------------------------------------------
// enumerate(iterable, start=0)

typedef struct enumerate_obj {
    rt_obj_base_t base;
    rt_obj_t iter;
    rt_obj_t count;
} enumerate_obj_t;

static rt_obj_t enumerate_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                                   const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 1, 2, true);
    rt_obj_t start = n_args > 1 ? args[1] : RT_OBJ_NEW_SMALL_INT(0);
    for (size_t i = 0; i < n_kw; i++) {
        if (rt_obj_str_get_qstr(args[n_args + 2 * i]) == RT_QSTR_start) {
            start = args[n_args + 2 * i + 1];
        } else {
            rt_raise_fmt(&rt_type_TypeError, "unexpected keyword argument '%q'",
                         rt_obj_str_get_qstr(args[n_args + 2 * i]));
        }
    }
    enumerate_obj_t *e = RT_NEW(enumerate_obj_t);
    e->base.type = type;
    e->iter = rt_getiter(args[0], NULL);
    e->count = start;
    return e;
}

static rt_obj_t enumerate_next(rt_obj_t self) {
    enumerate_obj_t *e = self;
    rt_obj_t v = rt_iternext(e->iter);
    if (v == RT_OBJ_STOP_ITERATION) {
        return v;
    }
    rt_obj_t pair[2] = {e->count, v};
    e->count = rt_binary_op(RT_BINARY_OP_ADD, e->count, RT_OBJ_NEW_SMALL_INT(1));
    return rt_tuple_new(2, pair);
}

const rt_type_t rt_type_enumerate = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_enumerate,
    .make_new = enumerate_make_new,
    .iternext = enumerate_next,
};

// ---------------------------------------------------------------------------------------------
// zip(*iterables)

typedef struct zip_obj {
    rt_obj_base_t base;
    size_t n;
    rt_obj_t iters[];
} zip_obj_t;

static rt_obj_t zip_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                             const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, RT_FUN_ARGS_MAX, false);
    zip_obj_t *z = RT_NEW_VAR(zip_obj_t, rt_obj_t, n_args);
    z->base.type = type;
    z->n = n_args;
    for (size_t i = 0; i < n_args; i++) {
        z->iters[i] = rt_getiter(args[i], NULL);
    }
    return z;
}

static rt_obj_t zip_next(rt_obj_t self) {
    zip_obj_t *z = self;
    if (z->n == 0) {
        return RT_OBJ_STOP_ITERATION;
    }
    rt_obj_t t = rt_tuple_new(z->n, NULL);
    rt_obj_t *items;
    size_t n;
    rt_tuple_get(t, &n, &items);
    for (size_t i = 0; i < z->n; i++) {
        rt_obj_t v = rt_iternext(z->iters[i]);
        if (v == RT_OBJ_STOP_ITERATION) {
            return v;
        }
        items[i] = v;
    }
    return t;
}

const rt_type_t rt_type_zip = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_zip,
    .make_new = zip_make_new,
    .iternext = zip_next,
};

// ---------------------------------------------------------------------------------------------
// map(fun, *iterables)

typedef struct map_obj {
    rt_obj_base_t base;
    rt_obj_t fun;
    size_t n;
    rt_obj_t iters[];
} map_obj_t;

static rt_obj_t map_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                             const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 2, RT_FUN_ARGS_MAX, false);
    map_obj_t *m = RT_NEW_VAR(map_obj_t, rt_obj_t, n_args - 1);
    m->base.type = type;
    m->fun = args[0];
    m->n = n_args - 1;
    for (size_t i = 1; i < n_args; i++) {
        m->iters[i - 1] = rt_getiter(args[i], NULL);
    }
    return m;
}

static rt_obj_t map_next(rt_obj_t self) {
    map_obj_t *m = self;
    rt_obj_t *vals = RT_NEW_ARRAY(rt_obj_t, m->n);
    for (size_t i = 0; i < m->n; i++) {
        rt_obj_t v = rt_iternext(m->iters[i]);
        if (v == RT_OBJ_STOP_ITERATION) {
            rt_gc_free(vals);
            return v;
        }
        vals[i] = v;
    }
    rt_obj_t r = rt_call_function_n_kw(m->fun, m->n, 0, vals);
    rt_gc_free(vals);
    return r;
}

const rt_type_t rt_type_map = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_map,
    .make_new = map_make_new,
    .iternext = map_next,
};

// ---------------------------------------------------------------------------------------------
// filter(fun_or_None, iterable)

typedef struct filter_obj {
    rt_obj_base_t base;
    rt_obj_t fun;
    rt_obj_t iter;
} filter_obj_t;

static rt_obj_t filter_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                                const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 2, 2, false);
    filter_obj_t *f = RT_NEW(filter_obj_t);
    f->base.type = type;
    f->fun = args[0];
    f->iter = rt_getiter(args[1], NULL);
    return f;
}

static rt_obj_t filter_next(rt_obj_t self) {
    filter_obj_t *f = self;
    rt_obj_t v;
    while ((v = rt_iternext(f->iter)) != RT_OBJ_STOP_ITERATION) {
        rt_obj_t keep = f->fun == RT_CONST_NONE ? v : rt_call_function_1(f->fun, v);
        if (rt_obj_is_true(keep)) {
            return v;
        }
    }
    return RT_OBJ_STOP_ITERATION;
}

const rt_type_t rt_type_filter = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_filter,
    .make_new = filter_make_new,
    .iternext = filter_next,
};

// ---------------------------------------------------------------------------------------------
// reversed(seq): __reversed__, else len() and indexing from the end.

typedef struct reversed_obj {
    rt_obj_base_t base;
    rt_obj_t seq;
    size_t remaining;
} reversed_obj_t;

static rt_obj_t reversed_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                                  const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 1, 1, false);
    rt_obj_t meth[2];
    rt_load_method_maybe(args[0], RT_QSTR___reversed__, meth);
    if (meth[0] != RT_OBJ_NULL) {
        return rt_call_method_n_kw(0, 0, meth);
    }
    reversed_obj_t *r = RT_NEW(reversed_obj_t);
    r->base.type = type;
    r->seq = args[0];
    r->remaining = rt_obj_get_len(args[0]);
    return r;
}

static rt_obj_t reversed_next(rt_obj_t self) {
    reversed_obj_t *r = self;
    if (r->remaining == 0) {
        return RT_OBJ_STOP_ITERATION;
    }
    r->remaining--;
    return rt_subscr(r->seq, rt_int_new((rt_int_t)r->remaining), RT_OBJ_SENTINEL);
}

const rt_type_t rt_type_reversed = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_reversed,
    .make_new = reversed_make_new,
    .iternext = reversed_next,
};
