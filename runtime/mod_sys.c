// The sys module: argv, path and modules (held in rt_state), exit, print_exception, stdout and
// stderr text streams, and facts about the implementation.
#include <string.h>

#include "int_big.h"
#include "runtime.h"
#include "state.h"

// ---------------------------------------------------------------------------------------------
// Text streams on the console: write(s) and flush().

typedef struct console_stream {
    rt_obj_base_t base;
    const rt_print_t *print;
} console_stream_t;

static rt_obj_t stream_write(rt_obj_t self, rt_obj_t s) {
    console_stream_t *st = self;
    size_t len;
    const uint8_t *d = rt_str_bytes(s, &len);
    if (d == NULL) {
        rt_raise_fmt(&rt_type_TypeError, "can't convert '%T' object to str implicitly", s);
    }
    rt_print_strn(st->print, (const char *)d, len);
    return RT_OBJ_NEW_SMALL_INT(rt_obj_is_str(s) ? rt_utf8_charlen(d, len) : len);
}
static RT_DEFINE_FUN_2(stream_write_obj, stream_write);

static rt_obj_t stream_flush(rt_obj_t self) {
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_1(stream_flush_obj, stream_flush);

static const rt_map_elem_t stream_locals_table[] = {
    {RT_ROM_QSTR(RT_QSTR_write), RT_ROM_PTR(&stream_write_obj)},
    {RT_ROM_QSTR(RT_QSTR_flush), RT_ROM_PTR(&stream_flush_obj)},
};
static RT_DEFINE_CONST_DICT(stream_locals_dict, stream_locals_table);

static void stream_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_printf(p, "<io.TextIOWrapper %d>",
              ((console_stream_t *)o)->print == &rt_print_stdout ? 1 : 2);
}

static const rt_type_t console_stream_type = {
    .base = {&rt_type_type},
    .name = RT_QSTR_TextIOWrapper,
    .print = stream_print,
    .locals_dict = RT_CONST_DICT_PTR(&stream_locals_dict),
};

static const console_stream_t sys_stdout_obj = {{&console_stream_type}, &rt_print_stdout};
static const console_stream_t sys_stderr_obj = {{&console_stream_type}, &rt_print_stderr};

// ---------------------------------------------------------------------------------------------
// sys.implementation: a read-only record.

static void impl_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    if (dest[0] != RT_OBJ_NULL) {
        return;
    }
    if (attr == RT_QSTR_name) {
        dest[0] = RT_OBJ_NEW_QSTR(RT_QSTR_micropython);
    } else if (attr == RT_QSTR_version) {
        rt_obj_t v[3] = {RT_OBJ_NEW_SMALL_INT(1), RT_OBJ_NEW_SMALL_INT(29),
                         RT_OBJ_NEW_SMALL_INT(0)};
        dest[0] = rt_tuple_new(3, v);
    } else if (attr == RT_QSTR__mpy) {
        // mpy-format.md 3.5: version 6, sub-version 3, no native architecture.
        dest[0] = RT_OBJ_NEW_SMALL_INT(6 | ((3 | (RT_CONFIG_NATIVE_ARCH << 2)) << 8));
    }
}

static void impl_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_printf(p, "(name='micropython', version=(1, 29, 0), _mpy=%d)",
              6 | ((3 | (RT_CONFIG_NATIVE_ARCH << 2)) << 8));
}

static const rt_type_t impl_type = {
    .base = {&rt_type_type},
    .name = RT_QSTR_implementation,
    .print = impl_print,
    .attr = impl_attr,
};
static const rt_obj_base_t sys_implementation_obj = {&impl_type};

// ---------------------------------------------------------------------------------------------
// Functions

static rt_obj_t sys_exit(size_t n_args, const rt_obj_t *args) {
    if (n_args == 0) {
        rt_raise(rt_exception_new(&rt_type_SystemExit, 0, NULL));
    }
    rt_raise(rt_exception_new(&rt_type_SystemExit, 1, args));
}
static RT_DEFINE_FUN_VAR(sys_exit_obj, 0, 1, sys_exit);

static rt_obj_t sys_print_exception(size_t n_args, const rt_obj_t *args) {
    const rt_print_t *p = &rt_print_stdout;
    if (n_args > 1 && args[1] != RT_CONST_NONE) {
        if (rt_obj_is_type(args[1], &console_stream_type)) {
            p = ((console_stream_t *)args[1])->print;
        } else {
            rt_vstr_t v;
            rt_vstr_init(&v, 64);
            rt_print_t vp;
            rt_vstr_print(&vp, &v);
            rt_print_exception(&vp, args[0]);
            rt_obj_t dest[3];
            rt_load_method(args[1], RT_QSTR_write, dest);
            dest[2] = rt_str_new_from_vstr(&v);
            rt_call_method_n_kw(1, 0, dest);
            return RT_CONST_NONE;
        }
    }
    rt_print_exception(p, args[0]);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_VAR(sys_print_exception_obj, 1, 2, sys_print_exception);

static const rt_map_elem_t sys_globals_table[] = {
    {RT_ROM_QSTR(RT_QSTR___name__), RT_ROM_QSTR(RT_QSTR_sys)},
    {RT_ROM_QSTR(RT_QSTR_byteorder), RT_ROM_QSTR(RT_QSTR_little)},
    {RT_ROM_QSTR(RT_QSTR_exit), RT_ROM_PTR(&sys_exit_obj)},
    {RT_ROM_QSTR(RT_QSTR_implementation), RT_ROM_PTR(&sys_implementation_obj)},
    {RT_ROM_QSTR(RT_QSTR_platform), RT_ROM_QSTR(RT_QSTR_linux)},
    {RT_ROM_QSTR(RT_QSTR_print_exception), RT_ROM_PTR(&sys_print_exception_obj)},
    {RT_ROM_QSTR(RT_QSTR_stderr), RT_ROM_PTR(&sys_stderr_obj)},
    {RT_ROM_QSTR(RT_QSTR_stdout), RT_ROM_PTR(&sys_stdout_obj)},
};
static RT_DEFINE_CONST_DICT(sys_globals, sys_globals_table);

// The members that live in rt_state or are computed answer through the attribute slot.
static void sys_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    if (dest[0] != RT_OBJ_NULL) {
        return;
    }
    switch (attr) {
        case RT_QSTR_argv:
            dest[0] = rt_state.roots.sys_argv;
            return;
        case RT_QSTR_path:
            dest[0] = rt_state.roots.sys_path;
            return;
        case RT_QSTR_modules:
            dest[0] = rt_state.roots.modules;
            return;
        case RT_QSTR_maxsize:
            dest[0] = rt_int_new_ll(INTPTR_MAX);
            return;
        case RT_QSTR_version:
            dest[0] = rt_str_new_cstr("3.4.0; mpyc runtime");
            return;
        case RT_QSTR_version_info: {
            rt_obj_t v[3] = {RT_OBJ_NEW_SMALL_INT(3), RT_OBJ_NEW_SMALL_INT(4),
                             RT_OBJ_NEW_SMALL_INT(0)};
            dest[0] = rt_tuple_new(3, v);
            return;
        }
        default: {
            rt_obj_t v = rt_dict_get((rt_obj_t)&sys_globals, RT_OBJ_NEW_QSTR(attr));
            if (v != RT_OBJ_NULL) {
                dest[0] = v;
            }
            return;
        }
    }
}

static void sys_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_print_str(p, "<module 'sys'>");
}

static const rt_type_t sys_module_type = {
    .base = {&rt_type_type},
    .name = RT_QSTR_module,
    .print = sys_print,
    .attr = sys_attr,
};

const rt_obj_module_t rt_module_sys = {{&sys_module_type}, RT_CONST_DICT_PTR(&sys_globals)};
