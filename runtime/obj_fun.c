// Callables: bytecode functions (their frame lives on the C stack while they run), C
// functions of fixed or variable arity, closures, cells and bound methods.
#include <string.h>

#include "bc.h"
#include "format/mpy_format.h"
#include "rt_internal.h"
#include "runtime.h"
#include "state.h"

// ---------------------------------------------------------------------------------------------
// Bytecode functions

static rt_obj_t fun_bc_call(rt_obj_t self_in, size_t n_args, size_t n_kw, const rt_obj_t *args) {
    rt_stack_check();
    rt_obj_fun_bc_t *self = self_in;
    const rt_raw_code_t *rc = self->rc;
    size_t size = rt_code_state_size(rc);
    size_t words = (size + sizeof(uintptr_t) - 1) / sizeof(uintptr_t);
    bool on_heap = words > RT_CONFIG_FRAME_ON_STACK_MAX;
    uintptr_t frame[on_heap ? 1 : words];
    rt_code_state_t *cs = on_heap ? rt_gc_alloc(size) : (rt_code_state_t *)frame;
    cs->fun_bc = self;
    cs->n_state = rc->n_state;
    rt_bc_setup_args(cs, n_args, n_kw, args);
    rt_obj_dict_t *old_globals = rt_state.roots.globals;
    rt_state.roots.globals = self->context->globals;
    rt_vm_return_t r = rt_vm_execute(cs, RT_OBJ_NULL);
    rt_state.roots.globals = old_globals;
    if (r == RT_VM_RETURN_NORMAL) {
        rt_obj_t ret = *cs->sp;
        if (on_heap) {
            rt_gc_free(cs);
        }
        return ret;
    }
    rt_obj_t exc = cs->state[0];
    if (on_heap) {
        rt_gc_free(cs);
    }
    rt_raise(exc);
}

rt_qstr_t rt_fun_get_name(rt_obj_t fun) {
    const rt_type_t *t = rt_obj_get_type(fun);
    if (t == &rt_type_fun_bc || t == &rt_type_generator) {
        return ((rt_obj_fun_bc_t *)fun)->rc->name;
    }
    return RT_QSTR_NULL;
}

static void fun_bc_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_printf(p, "<function %q at 0x%p>", rt_fun_get_name(o), o);
}

void rt_fun_bc_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    if (dest[0] != RT_OBJ_NULL) {
        return;
    }
    if (attr == RT_QSTR___name__) {
        dest[0] = RT_OBJ_NEW_QSTR(rt_fun_get_name(self));
    } else if (attr == RT_QSTR___globals__) {
        dest[0] = ((rt_obj_fun_bc_t *)self)->context->globals;
    } else if (attr == RT_QSTR___module__) {
        rt_obj_t name = rt_dict_get(((rt_obj_fun_bc_t *)self)->context->globals,
                                    RT_OBJ_NEW_QSTR(RT_QSTR___name__));
        dest[0] = name ? name : RT_CONST_NONE;
    }
}

const rt_type_t rt_type_fun_bc = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_BINDS_SELF,
    .name = RT_QSTR_function,
    .print = fun_bc_print,
    .call = fun_bc_call,
    .attr = rt_fun_bc_attr,
};

// ---------------------------------------------------------------------------------------------
// C functions

static rt_obj_t fun_builtin_0_call(rt_obj_t self, size_t n_args, size_t n_kw,
                                   const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 0, false);
    return ((rt_obj_fun_builtin_t *)self)->fn._0();
}

static rt_obj_t fun_builtin_1_call(rt_obj_t self, size_t n_args, size_t n_kw,
                                   const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 1, 1, false);
    return ((rt_obj_fun_builtin_t *)self)->fn._1(args[0]);
}

static rt_obj_t fun_builtin_2_call(rt_obj_t self, size_t n_args, size_t n_kw,
                                   const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 2, 2, false);
    return ((rt_obj_fun_builtin_t *)self)->fn._2(args[0], args[1]);
}

static rt_obj_t fun_builtin_3_call(rt_obj_t self, size_t n_args, size_t n_kw,
                                   const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 3, 3, false);
    return ((rt_obj_fun_builtin_t *)self)->fn._3(args[0], args[1], args[2]);
}

static rt_obj_t fun_builtin_var_call(rt_obj_t self_in, size_t n_args, size_t n_kw,
                                     const rt_obj_t *args) {
    const rt_obj_fun_builtin_t *self = self_in;
    rt_arg_check_num(n_args, n_kw, self->n_args_min, self->n_args_max, self->takes_kw);
    if (!self->takes_kw) {
        return self->fn.var(n_args, args);
    }
    rt_map_t kw;
    rt_map_init(&kw, n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        rt_map_lookup(&kw, args[n_args + 2 * i], RT_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
            args[n_args + 2 * i + 1];
    }
    return self->fn.kw(n_args, args, &kw);
}

static void fun_builtin_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_print_str(p, "<function>");
}

#define BUILTIN_FUN_TYPE(n)                                          \
    const rt_type_t rt_type_fun_builtin_##n = {                      \
        .base = {&rt_type_type},                                     \
        .flags = RT_TYPE_FLAG_BINDS_SELF | RT_TYPE_FLAG_BUILTIN_FUN, \
        .name = RT_QSTR_function,                                    \
        .print = fun_builtin_print,                                  \
        .call = fun_builtin_##n##_call,                              \
    }
BUILTIN_FUN_TYPE(0);
BUILTIN_FUN_TYPE(1);
BUILTIN_FUN_TYPE(2);
BUILTIN_FUN_TYPE(3);
BUILTIN_FUN_TYPE(var);

// ---------------------------------------------------------------------------------------------
// Closures: a function with cells passed as its leading arguments (bytecode.md 8.1).

typedef struct rt_obj_closure {
    rt_obj_base_t base;
    rt_obj_t fun;
    size_t n_closed;
    rt_obj_t closed[];
} rt_obj_closure_t;

rt_obj_t rt_closure_new(rt_obj_t fun, size_t n_closed, const rt_obj_t *closed) {
    rt_obj_closure_t *c = RT_NEW_VAR(rt_obj_closure_t, rt_obj_t, n_closed);
    c->base.type = &rt_type_closure;
    c->fun = fun;
    c->n_closed = n_closed;
    memcpy(c->closed, closed, n_closed * sizeof(rt_obj_t));
    return c;
}

static rt_obj_t closure_call(rt_obj_t self_in, size_t n_args, size_t n_kw, const rt_obj_t *args) {
    rt_obj_closure_t *self = self_in;
    size_t total = self->n_closed + n_args + 2 * n_kw;
    bool on_heap = total > 32;
    rt_obj_t buf[on_heap ? 1 : total];
    // One spare slot on the heap: see rt_call_method_n_kw_var (a callee's cursor one past the
    // last argument must stay inside the block once this frame is gone).
    rt_obj_t *all = on_heap ? RT_NEW_ARRAY(rt_obj_t, total + 1) : buf;
    rt_copy_objs(all, self->closed, self->n_closed);
    rt_copy_objs(all + self->n_closed, args, n_args + 2 * n_kw);
    return rt_call_function_n_kw(self->fun, self->n_closed + n_args, n_kw, all);
}

static void closure_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_obj_print(p, ((rt_obj_closure_t *)o)->fun, kind);
}

static void closure_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    const rt_type_t *t = rt_obj_get_type(((rt_obj_closure_t *)self)->fun);
    if (t->attr != NULL) {
        t->attr(((rt_obj_closure_t *)self)->fun, attr, dest);
    }
}

const rt_type_t rt_type_closure = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_BINDS_SELF,
    .name = RT_QSTR_closure,
    .print = closure_print,
    .call = closure_call,
    .attr = closure_attr,
};

// ---------------------------------------------------------------------------------------------
// Cells

rt_obj_t rt_cell_new(rt_obj_t contents) {
    rt_obj_cell_t *c = RT_NEW(rt_obj_cell_t);
    c->base.type = &rt_type_cell;
    c->obj = contents;
    return c;
}

const rt_type_t rt_type_cell = {
    .base = {&rt_type_type},
    .name = RT_QSTR_cell,
};

// ---------------------------------------------------------------------------------------------
// Bound methods

typedef struct rt_obj_bound_meth {
    rt_obj_base_t base;
    rt_obj_t meth;
    rt_obj_t self;
} rt_obj_bound_meth_t;

rt_obj_t rt_bound_meth_new(rt_obj_t meth, rt_obj_t self) {
    rt_obj_bound_meth_t *b = RT_NEW(rt_obj_bound_meth_t);
    b->base.type = &rt_type_bound_meth;
    b->meth = meth;
    b->self = self;
    return b;
}

static rt_obj_t bound_meth_call(rt_obj_t self_in, size_t n_args, size_t n_kw,
                                const rt_obj_t *args) {
    rt_obj_bound_meth_t *self = self_in;
    size_t total = 1 + n_args + 2 * n_kw;
    bool on_heap = total > 32;
    rt_obj_t buf[on_heap ? 1 : total];
    rt_obj_t *all = on_heap ? RT_NEW_ARRAY(rt_obj_t, total + 1) : buf; // spare slot as above
    all[0] = self->self;
    rt_copy_objs(all + 1, args, n_args + 2 * n_kw);
    return rt_call_function_n_kw(self->meth, n_args + 1, n_kw, all);
}

static void bound_meth_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_obj_bound_meth_t *b = o;
    rt_printf(p, "<bound_method %p ", o);
    rt_obj_print(p, b->self, RT_PRINT_REPR);
    rt_print_str(p, ".");
    rt_obj_print(p, b->meth, RT_PRINT_REPR);
    rt_print_str(p, ">");
}

static void bound_meth_attr(rt_obj_t self_in, rt_qstr_t attr, rt_obj_t *dest) {
    rt_obj_bound_meth_t *self = self_in;
    if (dest[0] != RT_OBJ_NULL) {
        return;
    }
    if (attr == RT_QSTR___self__) {
        dest[0] = self->self;
    } else if (attr == RT_QSTR___func__) {
        dest[0] = self->meth;
    } else {
        rt_obj_t v = rt_load_attr_maybe(self->meth, attr);
        dest[0] = v;
    }
}

static rt_obj_t bound_meth_unary_op(rt_unary_op_t op, rt_obj_t self) {
    if (op == RT_UNARY_OP_HASH) {
        rt_obj_bound_meth_t *b = self;
        return RT_OBJ_NEW_SMALL_INT(
            ((rt_int_t)rt_obj_hash(b->self) ^ (rt_int_t)rt_obj_hash(b->meth)) & RT_SMALL_INT_MAX);
    }
    return RT_OBJ_NULL;
}

static rt_obj_t bound_meth_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    if (op != RT_BINARY_OP_EQUAL || !rt_obj_is_type(rhs, &rt_type_bound_meth)) {
        return RT_OBJ_NULL;
    }
    rt_obj_bound_meth_t *a = lhs, *b = rhs;
    return RT_BOOL(a->self == b->self && rt_obj_equal(a->meth, b->meth));
}

const rt_type_t rt_type_bound_meth = {
    .base = {&rt_type_type},
    .name = RT_QSTR_bound_method,
    .print = bound_meth_print,
    .call = bound_meth_call,
    .attr = bound_meth_attr,
    .unary_op = bound_meth_unary_op,
    .binary_op = bound_meth_binary_op,
};
