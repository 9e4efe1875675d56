// Frames for bytecode calls: binding arguments to locals (bytecode.md 7.1), source lines of
// instructions (mpy-format.md 8.4), and function objects made from raw codes.
#include "bc.h"

#include <string.h>

#include "format/mpy_format.h"
#include "runtime.h"
#include "state.h"

// The name of argument slot `i` (qstr-table index list in the prelude, already verified).
static rt_qstr_t arg_name(const rt_obj_fun_bc_t *fun, size_t i) {
    const uint8_t *p = fun->rc->arg_names;
    uint32_t idx = 0;
    for (size_t k = 0; k <= i; k++) {
        idx = 0;
        do {
            idx = (idx << 7) | (*p & 0x7f);
        } while (*p++ & 0x80);
    }
    return fun->context->qstr_table[idx];
}

static RT_NORETURN void arg_count_error(const rt_obj_fun_bc_t *fun, size_t want, size_t got) {
    rt_raise_fmt(&rt_type_TypeError, "%q() takes %d positional arguments but %d were given",
                 (rt_qstr_t)fun->rc->name, (int)want, (int)got);
}

void rt_bc_setup_args(rt_code_state_t *cs, size_t n_args, size_t n_kw, const rt_obj_t *args) {
    rt_obj_fun_bc_t *fun = cs->fun_bc;
    const rt_raw_code_t *rc = fun->rc;
    size_t n_state = cs->n_state;
    cs->ip = rc->code;
    cs->sp = &cs->state[0] - 1;
    cs->exc_sp_idx = 0;
    cs->old_globals = NULL;
    memset(cs->state, 0, n_state * sizeof(rt_obj_t));
    rt_obj_t *fast = &cs->state[n_state - 1]; // local i is fast[-i]

    size_t n_pos = rc->n_pos_args, n_kwonly = rc->n_kwonly_args, n_def = rc->n_def_pos_args;
    unsigned flags = rc->scope_flags;
    size_t var_slot = n_pos + n_kwonly;
    size_t kw_slot = var_slot + ((flags & MPY_SCOPE_FLAG_VARARGS) ? 1 : 0);

    size_t n_bound = n_args;
    if (n_args > n_pos) {
        if (!(flags & MPY_SCOPE_FLAG_VARARGS)) {
            arg_count_error(fun, n_pos, n_args);
        }
        fast[-(rt_int_t)var_slot] = rt_tuple_new(n_args - n_pos, args + n_pos);
        n_bound = n_pos;
    } else if (flags & MPY_SCOPE_FLAG_VARARGS) {
        fast[-(rt_int_t)var_slot] = RT_CONST_EMPTY_TUPLE;
    }
    for (size_t i = 0; i < n_bound; i++) {
        fast[-(rt_int_t)i] = args[i];
    }

    if (n_kw == 0 && !(flags & MPY_SCOPE_FLAG_DEFKWARGS)) {
        if (n_args < n_pos - n_def) {
            arg_count_error(fun, n_pos - n_def, n_args);
        }
        for (size_t i = n_args; i < n_pos; i++) {
            fast[-(rt_int_t)i] = fun->extra_args[i - (n_pos - n_def)];
        }
        if (n_kwonly > 0) {
            rt_raise_msg(&rt_type_TypeError, "function missing keyword-only argument");
        }
        if (flags & MPY_SCOPE_FLAG_VARKEYWORDS) {
            fast[-(rt_int_t)kw_slot] = rt_dict_new(0);
        }
    } else {
        rt_obj_t varkw = RT_OBJ_NULL;
        if (flags & MPY_SCOPE_FLAG_VARKEYWORDS) {
            varkw = rt_dict_new(n_kw);
            fast[-(rt_int_t)kw_slot] = varkw;
        }
        const rt_obj_t *kws = args + n_args;
        for (size_t k = 0; k < n_kw; k++) {
            rt_qstr_t name = rt_obj_str_get_qstr(kws[2 * k]);
            rt_obj_t value = kws[2 * k + 1];
            size_t j;
            for (j = 0; j < n_pos + n_kwonly; j++) {
                if (arg_name(fun, j) == name) {
                    break;
                }
            }
            if (j < n_pos + n_kwonly) {
                if (fast[-(rt_int_t)j] != RT_OBJ_NULL) {
                    goto multiple;
                }
                fast[-(rt_int_t)j] = value;
            } else if (varkw != RT_OBJ_NULL) {
                if (rt_dict_get(varkw, RT_OBJ_NEW_QSTR(name)) != RT_OBJ_NULL) {
                    goto multiple;
                }
                rt_dict_store(varkw, RT_OBJ_NEW_QSTR(name), value);
            } else {
                rt_raise_fmt(&rt_type_TypeError, "unexpected keyword argument '%q'", name);
            }
            continue;
        multiple:
            rt_raise_fmt(&rt_type_TypeError, "function got multiple values for argument '%q'",
                         name);
        }
        for (size_t i = n_pos - n_def; i < n_pos; i++) {
            if (fast[-(rt_int_t)i] == RT_OBJ_NULL) {
                fast[-(rt_int_t)i] = fun->extra_args[i - (n_pos - n_def)];
            }
        }
        for (size_t i = 0; i < n_pos; i++) {
            if (fast[-(rt_int_t)i] == RT_OBJ_NULL) {
                rt_raise_fmt(&rt_type_TypeError,
                             "function missing required positional argument #%d", (int)i + 1);
            }
        }
        for (size_t i = n_pos; i < n_pos + n_kwonly; i++) {
            if (fast[-(rt_int_t)i] != RT_OBJ_NULL) {
                continue;
            }
            rt_obj_t v = RT_OBJ_NULL;
            if (flags & MPY_SCOPE_FLAG_DEFKWARGS) {
                rt_obj_t kwdefs = fun->extra_args[n_def];
                if (kwdefs != RT_OBJ_NULL && kwdefs != RT_CONST_NONE) {
                    v = rt_dict_get(kwdefs, RT_OBJ_NEW_QSTR(arg_name(fun, i)));
                }
            }
            if (v == RT_OBJ_NULL) {
                rt_raise_fmt(&rt_type_TypeError, "function missing required keyword argument '%q'",
                             arg_name(fun, i));
            }
            fast[-(rt_int_t)i] = v;
        }
    }

    // Locals captured by inner functions become cells.
    for (size_t i = 0; i < rc->n_cell; i++) {
        size_t local = rc->cells[i];
        fast[-(rt_int_t)local] = rt_cell_new(fast[-(rt_int_t)local]);
    }
}

size_t rt_bc_get_line(const rt_raw_code_t *rc, size_t offset) {
    size_t line = 1;
    const uint8_t *p = rc->line_info, *end = rc->line_info_end;
    size_t pos = 0;
    while (p < end) {
        uint32_t b, l;
        if (mpy_line_entry_decode(p, (size_t)(end - p), &pos, &b, &l) != MPY_OK) {
            break;
        }
        p += pos;
        pos = 0;
        if (offset < b) {
            break;
        }
        offset -= b;
        line += l;
    }
    return line;
}

rt_obj_t rt_make_function_from_raw_code(const rt_raw_code_t *rc, const rt_module_context_t *context,
                                        rt_obj_t def_args, rt_obj_t def_kw_args) {
    size_t n_def = 0;
    rt_obj_t *defs = NULL;
    if (def_args != RT_OBJ_NULL && def_args != RT_CONST_NONE) {
        rt_tuple_get(def_args, &n_def, &defs);
    }
    if (n_def != rc->n_def_pos_args) {
        rt_raise_msg(&rt_type_ValueError, "incompatible .mpy file");
    }
    bool has_kw = (rc->scope_flags & MPY_SCOPE_FLAG_DEFKWARGS) != 0;
    rt_obj_fun_bc_t *f = RT_NEW_VAR(rt_obj_fun_bc_t, rt_obj_t, n_def + (has_kw ? 1 : 0));
    f->base.type =
        (rc->scope_flags & MPY_SCOPE_FLAG_GENERATOR) ? &rt_type_generator : &rt_type_fun_bc;
    f->context = context;
    f->child_table = rc->children;
    f->rc = rc;
    for (size_t i = 0; i < n_def; i++) {
        f->extra_args[i] = defs[i];
    }
    if (has_kw) {
        f->extra_args[n_def] = def_kw_args == RT_CONST_NONE ? RT_OBJ_NULL : def_kw_args;
    }
    return f;
}
