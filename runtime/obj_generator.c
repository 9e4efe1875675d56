// Generators (bytecode.md 9): calling a generator function binds the arguments into a frame in
// the heap and returns a generator object; next/send/throw/close resume that frame. Coroutines
// are generators too.
#include <string.h>

#include "bc.h"
#include "rt_internal.h"
#include "runtime.h"
#include "state.h"

typedef struct rt_obj_gen_instance {
    rt_obj_base_t base;
    rt_obj_dict_t *globals;
    bool running;
    bool finished;
    rt_code_state_t cs; // last: its value stack and handler stack follow
} rt_obj_gen_instance_t;

static rt_obj_t gen_fun_call(rt_obj_t self_in, size_t n_args, size_t n_kw, const rt_obj_t *args) {
    rt_obj_fun_bc_t *self = self_in;
    const rt_raw_code_t *rc = self->rc;
    size_t extra = rc->n_state * sizeof(rt_obj_t) + rc->n_exc_stack * sizeof(rt_exc_entry_t);
    rt_obj_gen_instance_t *g = rt_gc_alloc(sizeof(rt_obj_gen_instance_t) + extra);
    g->base.type = &rt_type_gen_instance;
    g->globals = self->context->globals;
    g->cs.fun_bc = self;
    g->cs.n_state = rc->n_state;
    rt_bc_setup_args(&g->cs, n_args, n_kw, args);
    return g;
}

static void gen_fun_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_printf(p, "<function %q at 0x%p>", rt_fun_get_name(o), o);
}

const rt_type_t rt_type_generator = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_BINDS_SELF,
    .name = RT_QSTR_generator,
    .print = gen_fun_print,
    .call = gen_fun_call,
    .attr = rt_fun_bc_attr,
};

rt_vm_return_t rt_gen_resume(rt_obj_t gen, rt_obj_t send, rt_obj_t throw_value, rt_obj_t *ret) {
    rt_stack_check();
    rt_obj_gen_instance_t *g = gen;
    if (g->finished) {
        // Stock: a finished generator ignores a thrown exception too.
        *ret = RT_CONST_NONE;
        return RT_VM_RETURN_NORMAL;
    }
    if (g->running) {
        rt_raise_msg(&rt_type_ValueError, "generator already executing");
    }
    if (g->cs.sp == &g->cs.state[0] - 1) {
        if (send != RT_OBJ_NULL && send != RT_CONST_NONE) {
            rt_raise_msg(&rt_type_TypeError,
                         "can't send non-None value to a just-started generator");
        }
    } else {
        *g->cs.sp = send == RT_OBJ_NULL ? RT_CONST_NONE : send;
    }
    rt_obj_dict_t *old = rt_state.roots.globals;
    rt_state.roots.globals = g->globals;
    g->running = true;
    rt_vm_return_t k = rt_vm_execute(&g->cs, throw_value);
    g->running = false;
    rt_state.roots.globals = old;
    switch (k) {
        case RT_VM_RETURN_NORMAL:
            g->finished = true;
            *ret = *g->cs.sp;
            break;
        case RT_VM_RETURN_YIELD:
            *ret = *g->cs.sp;
            break;
        default:
            g->finished = true;
            *ret = g->cs.state[0];
            if (rt_exception_match(*ret, &rt_type_StopIteration)) {
                *ret =
                    rt_exception_new_msg(&rt_type_RuntimeError, "generator raised StopIteration");
            }
            break;
    }
    return k;
}

// One step of `yield from` / await on any iterator (bytecode.md 9.3).
rt_vm_return_t rt_resume(rt_obj_t it, rt_obj_t send, rt_obj_t throw_value, rt_obj_t *ret) {
    if (rt_obj_is_type(it, &rt_type_gen_instance)) {
        return rt_gen_resume(it, send, throw_value, ret);
    }
    rt_nlr_buf_t nlr;
    if (rt_nlr_push(&nlr) == 0) {
        rt_obj_t r;
        if (throw_value != RT_OBJ_NULL) {
            rt_obj_t dest[3];
            if (rt_exception_match(throw_value, &rt_type_GeneratorExit)) {
                rt_load_method_maybe(it, RT_QSTR_close, dest);
                if (dest[0] != RT_OBJ_NULL) {
                    rt_call_method_n_kw(0, 0, dest);
                }
                rt_nlr_pop();
                *ret = RT_CONST_NONE;
                return RT_VM_RETURN_NORMAL;
            }
            rt_load_method_maybe(it, RT_QSTR_throw, dest);
            if (dest[0] == RT_OBJ_NULL) {
                rt_raise(throw_value);
            }
            dest[2] = throw_value;
            r = rt_call_method_n_kw(1, 0, dest);
        } else if (send == RT_OBJ_NULL || send == RT_CONST_NONE) {
            r = rt_iternext_allow_raise(it);
            if (r == RT_OBJ_STOP_ITERATION) {
                rt_nlr_pop();
                *ret = RT_CONST_NONE;
                return RT_VM_RETURN_NORMAL;
            }
        } else {
            rt_obj_t dest[3];
            rt_load_method(it, RT_QSTR_send, dest);
            dest[2] = send;
            r = rt_call_method_n_kw(1, 0, dest);
        }
        rt_nlr_pop();
        *ret = r;
        return RT_VM_RETURN_YIELD;
    }
    if (rt_exception_match(nlr.ret_val, &rt_type_StopIteration)) {
        *ret = rt_exception_value(nlr.ret_val);
        return RT_VM_RETURN_NORMAL;
    }
    *ret = nlr.ret_val;
    return RT_VM_RETURN_EXCEPTION;
}

// ---------------------------------------------------------------------------------------------
// The generator object

static rt_obj_t gen_send_impl(rt_obj_t self, rt_obj_t send, rt_obj_t throw_value) {
    rt_obj_t ret;
    switch (rt_gen_resume(self, send, throw_value, &ret)) {
        case RT_VM_RETURN_YIELD:
            return ret;
        case RT_VM_RETURN_NORMAL:
            rt_raise_stop_iteration(ret == RT_CONST_NONE ? RT_OBJ_NULL : ret);
        default:
            rt_raise(ret);
    }
}

static rt_obj_t gen_iternext(rt_obj_t self) {
    rt_obj_t ret;
    switch (rt_gen_resume(self, RT_CONST_NONE, RT_OBJ_NULL, &ret)) {
        case RT_VM_RETURN_YIELD:
            return ret;
        case RT_VM_RETURN_NORMAL:
            return RT_OBJ_STOP_ITERATION; // a loop ignores the return value
        default:
            rt_raise(ret);
    }
}

rt_obj_t rt_gen_next(rt_obj_t gen) {
    return gen_send_impl(gen, RT_CONST_NONE, RT_OBJ_NULL);
}

static rt_obj_t gen_send(rt_obj_t self, rt_obj_t value) {
    return gen_send_impl(self, value, RT_OBJ_NULL);
}
static RT_DEFINE_FUN_2(gen_send_obj, gen_send);

static rt_obj_t gen_throw(size_t n_args, const rt_obj_t *args) {
    rt_obj_t exc = args[1];
    if (n_args > 2 && args[2] != RT_CONST_NONE) {
        exc = args[2];
    }
    if (rt_obj_is_exception_type(exc)) {
        exc = rt_call_function_0(exc);
    }
    if (!rt_obj_is_exception_instance(exc)) {
        rt_raise_msg(&rt_type_TypeError, "exceptions must derive from BaseException");
    }
    return gen_send_impl(args[0], RT_OBJ_NULL, exc);
}
static RT_DEFINE_FUN_VAR(gen_throw_obj, 2, 4, gen_throw);

static rt_obj_t gen_close(rt_obj_t self) {
    rt_obj_gen_instance_t *g = self;
    if (g->finished) {
        return RT_CONST_NONE;
    }
    if (g->cs.sp == &g->cs.state[0] - 1) {
        g->finished = true; // never started: nothing to unwind
        return RT_CONST_NONE;
    }
    rt_obj_t ret;
    rt_obj_t exit = rt_exception_new(&rt_type_GeneratorExit, 0, NULL);
    switch (rt_gen_resume(self, RT_OBJ_NULL, exit, &ret)) {
        case RT_VM_RETURN_YIELD:
            rt_raise_msg(&rt_type_RuntimeError, "generator ignored GeneratorExit");
        case RT_VM_RETURN_NORMAL:
            return RT_CONST_NONE;
        default:
            if (rt_exception_match(ret, &rt_type_GeneratorExit)) {
                return RT_CONST_NONE;
            }
            rt_raise(ret);
    }
}
static RT_DEFINE_FUN_1(gen_close_obj, gen_close);

static void gen_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_obj_gen_instance_t *g = o;
    rt_printf(p, "<generator object '%q' at %p>", (rt_qstr_t)g->cs.fun_bc->rc->name, o);
}

static const rt_map_elem_t gen_locals_table[] = {
    {RT_ROM_QSTR(RT_QSTR_close), RT_ROM_PTR(&gen_close_obj)},
    {RT_ROM_QSTR(RT_QSTR_send), RT_ROM_PTR(&gen_send_obj)},
    {RT_ROM_QSTR(RT_QSTR_throw), RT_ROM_PTR(&gen_throw_obj)},
};
static RT_DEFINE_CONST_DICT(gen_locals_dict, gen_locals_table);

const rt_type_t rt_type_gen_instance = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_generator,
    .print = gen_print,
    .iternext = gen_iternext,
    .locals_dict = RT_CONST_DICT_PTR(&gen_locals_dict),
};
