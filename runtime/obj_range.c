// range and slice objects. A range iterator fits in the for-loop's 4-slot iterator buffer, so
// `for i in range(n)` allocates nothing.
#include "runtime.h"

typedef struct rt_obj_range {
    rt_obj_base_t base;
    rt_int_t start, stop, step;
} rt_obj_range_t;

typedef struct range_iter {
    rt_obj_base_t base;
    rt_int_t cur, stop, step;
} range_iter_t;

_Static_assert(sizeof(range_iter_t) <= sizeof(rt_obj_iter_buf_t), "range iterator fits the buffer");

static size_t range_len(const rt_obj_range_t *r) {
    if (r->step > 0) {
        return r->stop > r->start ? (size_t)((r->stop - r->start - 1) / r->step) + 1 : 0;
    }
    return r->start > r->stop ? (size_t)((r->start - r->stop - 1) / -r->step) + 1 : 0;
}

static rt_obj_t range_new(rt_int_t start, rt_int_t stop, rt_int_t step) {
    rt_obj_range_t *r = RT_NEW(rt_obj_range_t);
    r->base.type = &rt_type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return r;
}

static rt_obj_t range_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                               const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 1, 3, false);
    rt_int_t start = 0, stop, step = 1;
    if (n_args == 1) {
        stop = rt_obj_get_int(args[0]);
    } else {
        start = rt_obj_get_int(args[0]);
        stop = rt_obj_get_int(args[1]);
        if (n_args == 3) {
            step = rt_obj_get_int(args[2]);
            if (step == 0) {
                rt_raise_msg(&rt_type_ValueError, "zero step");
            }
        }
    }
    // Keep the arithmetic of len() and iteration inside a machine word.
    if (!RT_SMALL_INT_FITS(start) || !RT_SMALL_INT_FITS(stop) || !RT_SMALL_INT_FITS(step)) {
        rt_raise_msg(&rt_type_OverflowError, "range too large");
    }
    return range_new(start, stop, step);
}

static void range_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_obj_range_t *r = o;
    rt_printf(p, "range(%jd, %jd", (intmax_t)r->start, (intmax_t)r->stop);
    if (r->step != 1) {
        rt_printf(p, ", %jd", (intmax_t)r->step);
    }
    rt_print_str(p, ")");
}

static rt_obj_t range_unary_op(rt_unary_op_t op, rt_obj_t o) {
    rt_obj_range_t *r = o;
    switch (op) {
        case RT_UNARY_OP_BOOL:
            return RT_BOOL(range_len(r) > 0);
        case RT_UNARY_OP_LEN:
            return rt_int_new((rt_int_t)range_len(r));
        default:
            return RT_OBJ_NULL;
    }
}

static rt_obj_t range_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    rt_obj_range_t *r = lhs;
    if (op == RT_BINARY_OP_CONTAINS) {
        rt_int_t v;
        if (!RT_OBJ_IS_SMALL_INT(rhs) && rhs != RT_CONST_TRUE && rhs != RT_CONST_FALSE) {
            return RT_OBJ_NULL; // the runtime compares item by item
        }
        v = rt_obj_get_int(rhs);
        bool in = r->step > 0 ? v >= r->start && v < r->stop : v <= r->start && v > r->stop;
        return RT_BOOL(in && (v - r->start) % r->step == 0);
    }
    if (op == RT_BINARY_OP_EQUAL && rt_obj_is_type(rhs, &rt_type_range)) {
        rt_obj_range_t *s = rhs;
        size_t n = range_len(r);
        if (n != range_len(s)) {
            return RT_CONST_FALSE;
        }
        return RT_BOOL(n == 0 || (r->start == s->start && (n == 1 || r->step == s->step)));
    }
    return RT_OBJ_NULL;
}

static rt_obj_t range_subscr(rt_obj_t self, rt_obj_t index, rt_obj_t value) {
    if (value != RT_OBJ_SENTINEL) {
        return RT_OBJ_NULL;
    }
    rt_obj_range_t *r = self;
    size_t n = range_len(r);
    if (rt_obj_is_type(index, &rt_type_slice)) {
        rt_bound_slice_t s;
        rt_slice_indices(index, n, &s);
        return range_new(r->start + s.start * r->step, r->start + s.stop * r->step,
                         r->step * s.step);
    }
    size_t i = rt_obj_get_index(&rt_type_range, n, index, false);
    return rt_int_new(r->start + (rt_int_t)i * r->step);
}

static rt_obj_t range_iter_next(rt_obj_t self) {
    range_iter_t *it = self;
    if (it->step > 0 ? it->cur < it->stop : it->cur > it->stop) {
        rt_int_t v = it->cur;
        it->cur += it->step;
        return RT_OBJ_NEW_SMALL_INT(v);
    }
    return RT_OBJ_STOP_ITERATION;
}

static const rt_type_t range_iter_type = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_iterator,
    .iternext = range_iter_next,
};

static rt_obj_t range_getiter(rt_obj_t self, rt_obj_iter_buf_t *iter_buf) {
    rt_obj_range_t *r = self;
    range_iter_t *it = iter_buf != NULL ? (range_iter_t *)iter_buf : RT_NEW(range_iter_t);
    it->base.type = &range_iter_type;
    it->cur = r->start;
    it->stop = r->stop;
    it->step = r->step;
    return it;
}

static void range_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    if (dest[0] != RT_OBJ_NULL) {
        return;
    }
    rt_obj_range_t *r = self;
    if (attr == RT_QSTR_start) {
        dest[0] = rt_int_new(r->start);
    } else if (attr == RT_QSTR_stop) {
        dest[0] = rt_int_new(r->stop);
    } else if (attr == RT_QSTR_step) {
        dest[0] = rt_int_new(r->step);
    }
}

const rt_type_t rt_type_range = {
    .base = {&rt_type_type},
    .name = RT_QSTR_range,
    .make_new = range_make_new,
    .print = range_print,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .attr = range_attr,
};

// ---------------------------------------------------------------------------------------------
// slice

rt_obj_t rt_slice_new(rt_obj_t start, rt_obj_t stop, rt_obj_t step) {
    rt_obj_slice_t *s = RT_NEW(rt_obj_slice_t);
    s->base.type = &rt_type_slice;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return s;
}

static rt_int_t clamp_index(rt_obj_t o, rt_int_t len, rt_int_t lower, rt_int_t upper) {
    rt_int_t v;
    if (!rt_obj_get_int_maybe(o, &v)) {
        rt_raise_msg(&rt_type_TypeError, "slice indices must be integers or None");
    }
    if (v < 0) {
        v += len;
        if (v < lower) {
            v = lower;
        }
    } else if (v > upper) {
        v = upper;
    }
    return v;
}

void rt_slice_indices(rt_obj_t slice, size_t len_in, rt_bound_slice_t *out) {
    rt_obj_slice_t *s = slice;
    rt_int_t len = (rt_int_t)len_in;
    rt_int_t step = 1;
    if (s->step != RT_CONST_NONE) {
        if (!rt_obj_get_int_maybe(s->step, &step)) {
            rt_raise_msg(&rt_type_TypeError, "slice indices must be integers or None");
        }
        if (step == 0) {
            rt_raise_msg(&rt_type_ValueError, "slice step cannot be zero");
        }
    }
    rt_int_t lower = step > 0 ? 0 : -1, upper = step > 0 ? len : len - 1;
    out->step = step;
    out->start = s->start == RT_CONST_NONE ? (step > 0 ? lower : upper)
                                           : clamp_index(s->start, len, lower, upper);
    out->stop = s->stop == RT_CONST_NONE ? (step > 0 ? upper : lower)
                                         : clamp_index(s->stop, len, lower, upper);
}

size_t rt_bound_slice_len(const rt_bound_slice_t *s) {
    if (s->step > 0) {
        return s->stop > s->start ? (size_t)((s->stop - s->start - 1) / s->step) + 1 : 0;
    }
    return s->start > s->stop ? (size_t)((s->start - s->stop - 1) / -s->step) + 1 : 0;
}

static void slice_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_obj_slice_t *s = o;
    rt_printf(p, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static void slice_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    if (dest[0] != RT_OBJ_NULL) {
        return;
    }
    rt_obj_slice_t *s = self;
    if (attr == RT_QSTR_start) {
        dest[0] = s->start;
    } else if (attr == RT_QSTR_stop) {
        dest[0] = s->stop;
    } else if (attr == RT_QSTR_step) {
        dest[0] = s->step;
    }
}

static rt_obj_t slice_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                               const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 1, 3, false);
    if (n_args == 1) {
        return rt_slice_new(RT_CONST_NONE, args[0], RT_CONST_NONE);
    }
    return rt_slice_new(args[0], args[1], n_args == 3 ? args[2] : RT_CONST_NONE);
}

const rt_type_t rt_type_slice = {
    .base = {&rt_type_type},
    .name = RT_QSTR_slice,
    .make_new = slice_make_new,
    .print = slice_print,
    .attr = slice_attr,
};
