// Exceptions: the built-in hierarchy (exceptions.def), exception objects with their arguments
// and traceback, raising, and printing in MicroPython's format:
//
//   Traceback (most recent call last):
//     File "x.py", line 3, in <module>
//   ZeroDivisionError: divide by zero
#include <string.h>

#include "nlr.h"
#include "port.h"
#include "rt_internal.h"
#include "runtime.h"
#include "state.h"

typedef struct rt_obj_exception {
    rt_obj_base_t base;
    rt_obj_t args;          // tuple
    size_t traceback_len;   // entries in use, three words each: file, line, block
    size_t traceback_alloc; // entries allocated
    size_t *traceback;      // GC block, or NULL
} rt_obj_exception_t;

// The exception object behind `o`: itself, or the built-in part of a user subclass instance.
static rt_obj_exception_t *native(rt_obj_t o) {
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->flags & RT_TYPE_FLAG_INSTANCE) {
        return ((rt_obj_instance_t *)o)->subobj[0];
    }
    return o;
}

static rt_obj_t exception_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                                   const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, RT_FUN_ARGS_MAX, false);
    rt_obj_exception_t *e = RT_NEW(rt_obj_exception_t);
    e->base.type = type;
    e->args = n_args == 0 ? RT_CONST_EMPTY_TUPLE : rt_tuple_new(n_args, args);
    return e;
}

static void exception_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_obj_exception_t *e = native(o);
    size_t n;
    rt_obj_t *items;
    rt_tuple_get(e->args, &n, &items);
    if (kind == RT_PRINT_REPR) {
        rt_printf(p, "%q", rt_obj_get_type(o)->name);
        if (n == 0) {
            rt_print_str(p, "()");
        } else {
            rt_obj_print(p, e->args, RT_PRINT_REPR);
        }
        return;
    }
    if (kind == RT_PRINT_EXC) {
        rt_printf(p, "%q", rt_obj_get_type(o)->name);
        if (n > 0) {
            rt_print_str(p, ": ");
        }
    }
    if (n == 1) {
        rt_obj_print(p, items[0], RT_PRINT_STR);
    } else if (n > 1) {
        rt_obj_print(p, e->args, RT_PRINT_REPR);
    }
}

static void exception_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    if (dest[0] != RT_OBJ_NULL) {
        // Setting or deleting attributes of built-in exceptions: only args.
        if (attr == RT_QSTR_args && dest[1] != RT_OBJ_NULL &&
            rt_obj_is_type(dest[1], &rt_type_tuple)) {
            native(self)->args = dest[1];
            dest[0] = RT_OBJ_NULL;
        }
        return;
    }
    rt_obj_exception_t *e = native(self);
    if (attr == RT_QSTR_args) {
        dest[0] = e->args;
    } else if (attr == RT_QSTR_value && rt_exception_match(self, &rt_type_StopIteration)) {
        dest[0] = rt_exception_value(self);
    } else if (attr == RT_QSTR_errno && rt_exception_match(self, &rt_type_OSError)) {
        dest[0] = rt_exception_value(self);
    } else if (attr == RT_QSTR_code && rt_exception_match(self, &rt_type_SystemExit)) {
        dest[0] = rt_exception_value(self);
    }
}

// BaseException.__init__(self, *args): sets args (used through super().__init__).
static rt_obj_t exception___init__(size_t n_args, const rt_obj_t *args) {
    rt_obj_exception_t *e = native(args[0]);
    e->args = rt_tuple_new(n_args - 1, args + 1);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_VAR(exception___init___obj, 1, RT_FUN_ARGS_MAX, exception___init__);

static rt_obj_t exception_with_traceback(rt_obj_t self, rt_obj_t tb) {
    return self;
}
static RT_DEFINE_FUN_2(exception_with_traceback_obj, exception_with_traceback);

static const rt_map_elem_t exception_locals_table[] = {
    {RT_ROM_QSTR(RT_QSTR___init__), RT_ROM_PTR(&exception___init___obj)},
    {RT_ROM_QSTR(RT_QSTR_with_traceback), RT_ROM_PTR(&exception_with_traceback_obj)},
};
static RT_DEFINE_CONST_DICT(exception_locals_dict, exception_locals_table);

const rt_type_t rt_type_BaseException = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_EXCEPTION,
    .name = RT_QSTR_BaseException,
    .make_new = exception_make_new,
    .print = exception_print,
    .attr = exception_attr,
    .base_type = &rt_type_object,
    .locals_dict = RT_CONST_DICT_PTR(&exception_locals_dict),
};

#define RT_EXCEPTION(exc, parent)        \
    const rt_type_t rt_type_##exc = {    \
        .base = {&rt_type_type},         \
        .flags = RT_TYPE_FLAG_EXCEPTION, \
        .name = RT_QSTR_##exc,           \
        .make_new = exception_make_new,  \
        .print = exception_print,        \
        .attr = exception_attr,          \
        .base_type = &rt_type_##parent,  \
    };
#include "exceptions.def"
#undef RT_EXCEPTION

// ---------------------------------------------------------------------------------------------
// Constructing and raising

rt_obj_t rt_exception_new(const rt_type_t *type, size_t n_args, const rt_obj_t *args) {
    return exception_make_new(type, n_args, 0, args);
}

rt_obj_t rt_exception_new_msg(const rt_type_t *type, const char *msg) {
    rt_obj_t arg = rt_str_new_cstr(msg);
    return rt_exception_new(type, 1, &arg);
}

static bool is_type_obj(rt_obj_t o) {
    return RT_OBJ_IS_PTR(o) && o != NULL && rt_type_is_subclass(rt_obj_get_type(o), &rt_type_type);
}

bool rt_obj_is_exception_type(rt_obj_t o) {
    return is_type_obj(o) && (((const rt_type_t *)o)->flags & RT_TYPE_FLAG_EXCEPTION);
}

bool rt_obj_is_exception_instance(rt_obj_t o) {
    return (rt_obj_get_type(o)->flags & RT_TYPE_FLAG_EXCEPTION) != 0;
}

bool rt_exception_match(rt_obj_t exc, const rt_type_t *type) {
    const rt_type_t *t = is_type_obj(exc) ? (const rt_type_t *)exc : rt_obj_get_type(exc);
    return rt_type_is_subclass(t, type);
}

rt_obj_t rt_exception_args(rt_obj_t exc) {
    return native(exc)->args;
}

rt_obj_t rt_exception_value(rt_obj_t exc) {
    size_t n;
    rt_obj_t *items;
    rt_tuple_get(native(exc)->args, &n, &items);
    return n == 0 ? RT_CONST_NONE : items[0];
}

void rt_raise(rt_obj_t exc) {
    if (rt_obj_is_exception_type(exc)) {
        exc = rt_call_function_n_kw(exc, 0, 0, NULL);
    }
    if (!rt_obj_is_exception_instance(exc)) {
        exc = rt_exception_new_msg(&rt_type_TypeError, "exceptions must derive from BaseException");
    }
    rt_nlr_jump(exc);
}

void rt_raise_msg(const rt_type_t *type, const char *msg) {
    rt_nlr_jump(msg ? rt_exception_new_msg(type, msg) : rt_exception_new(type, 0, NULL));
}

void rt_raise_fmt(const rt_type_t *type, const char *fmt, ...) {
    rt_vstr_t v;
    rt_vstr_init(&v, 32);
    rt_print_t p;
    rt_vstr_print(&p, &v);
    va_list ap;
    va_start(ap, fmt);
    rt_vprintf(&p, fmt, ap);
    va_end(ap);
    rt_obj_t arg = rt_str_new_from_vstr(&v);
    rt_nlr_jump(rt_exception_new(type, 1, &arg));
}

void rt_raise_obj(const rt_type_t *type, rt_obj_t arg) {
    rt_nlr_jump(rt_exception_new(type, 1, &arg));
}

void rt_raise_type_error_obj(const char *fmt, rt_obj_t o) {
    rt_raise_fmt(&rt_type_TypeError, fmt, rt_obj_get_type(o)->name);
}

void rt_raise_stop_iteration(rt_obj_t value) {
    if (value == RT_OBJ_NULL) {
        rt_nlr_jump(rt_exception_new(&rt_type_StopIteration, 0, NULL));
    }
    rt_nlr_jump(rt_exception_new(&rt_type_StopIteration, 1, &value));
}

// The MemoryError is made at start-up (rt_exception_init) so that raising it allocates
// nothing; its traceback has a fixed buffer.
#define EMERGENCY_TRACEBACK 8

void rt_exception_init(void) {
    rt_obj_exception_t *e = RT_NEW(rt_obj_exception_t);
    e->base.type = &rt_type_MemoryError;
    e->args = RT_CONST_EMPTY_TUPLE;
    e->traceback = RT_NEW_ARRAY(size_t, 3 * EMERGENCY_TRACEBACK);
    e->traceback_alloc = EMERGENCY_TRACEBACK;
    rt_state.roots.memory_error = e;
}

void rt_raise_memory_error(void) {
    rt_obj_exception_t *e = rt_state.roots.memory_error;
    if (e == NULL) {
        rt_port_fatal("out of memory before the MemoryError exists");
    }
    e->traceback_len = 0;
    rt_nlr_jump(e);
}

// ---------------------------------------------------------------------------------------------
// Tracebacks

void rt_exception_clear_traceback(rt_obj_t exc) {
    rt_obj_exception_t *e = native(exc);
    if (rt_gc_is_heap_ptr(e)) {
        e->traceback_len = 0;
    }
}

void rt_exception_add_traceback(rt_obj_t exc, rt_qstr_t file, size_t line, rt_qstr_t block) {
    rt_obj_exception_t *e = native(exc);
    if (!rt_gc_is_heap_ptr(e)) {
        return; // a constant exception in ROM
    }
    if (e->traceback_len >= e->traceback_alloc) {
        if (e == rt_state.roots.memory_error || e->traceback_alloc >= RT_CONFIG_TRACEBACK_MAX) {
            return;
        }
        size_t alloc = e->traceback_alloc == 0 ? 4 : e->traceback_alloc * 2;
        size_t *tb = rt_gc_realloc_maybe(e->traceback, alloc * 3 * sizeof(size_t), true);
        if (tb == NULL) {
            return; // no room: the traceback stays short
        }
        e->traceback = tb;
        e->traceback_alloc = alloc;
    }
    size_t *entry = &e->traceback[3 * e->traceback_len++];
    entry[0] = file;
    entry[1] = line;
    entry[2] = block;
}

void rt_print_exception(const rt_print_t *p, rt_obj_t exc) {
    rt_obj_exception_t *e = native(exc);
    if (e->traceback_len > 0) {
        rt_print_str(p, "Traceback (most recent call last):\n");
        for (size_t i = e->traceback_len; i > 0; i--) {
            size_t *entry = &e->traceback[3 * (i - 1)];
            rt_printf(p, "  File \"%q\", line %u, in %q\n", (rt_qstr_t)entry[0], (unsigned)entry[1],
                      (rt_qstr_t)entry[2]);
        }
    }
    rt_obj_print(p, exc, RT_PRINT_EXC);
    rt_print_str(p, "\n");
}
