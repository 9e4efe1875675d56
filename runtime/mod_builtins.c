// The builtins module: the built-in functions and the table of every builtin name
// (builtins.def). The runtime copies the table into a hashed dict at start-up for fast lookup.
#include <math.h>
#include <string.h>

#include "bc.h"
#include "int_big.h"
#include "rt_internal.h"
#include "runtime.h"
#include "state.h"
#include "str_internal.h"

static rt_obj_t builtin_print(size_t n_args, const rt_obj_t *args, rt_map_t *kw) {
    rt_obj_t sep = RT_OBJ_NULL, end = RT_OBJ_NULL, file = RT_OBJ_NULL;
    for (size_t i = 0; i < kw->alloc; i++) {
        if (!rt_map_slot_is_filled(kw, i)) {
            continue;
        }
        rt_qstr_t k = rt_obj_str_get_qstr(kw->table[i].key);
        rt_obj_t v = kw->table[i].value;
        if (k == RT_QSTR_sep) {
            sep = v;
        } else if (k == RT_QSTR_end) {
            end = v;
        } else if (k == RT_QSTR_file) {
            file = v;
        } else if (k != RT_QSTR_flush) {
            rt_raise_fmt(&rt_type_TypeError, "unexpected keyword argument '%q'", k);
        }
    }
    const char *sep_s = " ", *end_s = "\n";
    size_t sep_l = 1, end_l = 1;
    if (sep != RT_OBJ_NULL && sep != RT_CONST_NONE) {
        sep_s = rt_obj_str_get_data(sep, &sep_l);
    }
    if (end != RT_OBJ_NULL && end != RT_CONST_NONE) {
        end_s = rt_obj_str_get_data(end, &end_l);
    }
    if (file != RT_OBJ_NULL && file != RT_CONST_NONE) {
        // Any object with write(): build the text, then write it once.
        rt_vstr_t v;
        rt_vstr_init(&v, 32);
        rt_print_t p;
        rt_vstr_print(&p, &v);
        for (size_t i = 0; i < n_args; i++) {
            if (i > 0) {
                rt_print_strn(&p, sep_s, sep_l);
            }
            rt_obj_print(&p, args[i], RT_PRINT_STR);
        }
        rt_print_strn(&p, end_s, end_l);
        rt_obj_t dest[3];
        rt_load_method(file, RT_QSTR_write, dest);
        dest[2] = rt_str_new_from_vstr(&v);
        rt_call_method_n_kw(1, 0, dest);
        return RT_CONST_NONE;
    }
    const rt_print_t *p = &rt_print_stdout;
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            rt_print_strn(p, sep_s, sep_l);
        }
        rt_obj_print(p, args[i], RT_PRINT_STR);
    }
    rt_print_strn(p, end_s, end_l);
    return RT_CONST_NONE;
}
RT_DEFINE_FUN_KW(rt_builtin_print_obj, 0, builtin_print);

static rt_obj_t builtin___import__(size_t n_args, const rt_obj_t *args) {
    rt_obj_t fromlist = n_args > 3 ? args[3] : RT_CONST_NONE;
    rt_obj_t level = n_args > 4 ? args[4] : RT_OBJ_NEW_SMALL_INT(0);
    return rt_import_name(rt_obj_str_get_qstr(args[0]), fromlist, level);
}
RT_DEFINE_FUN_VAR(rt_builtin___import___obj, 1, 5, builtin___import__);

RT_DEFINE_FUN_KW(rt_builtin___build_class___obj, 2, rt_builtin___build_class__);

static rt_obj_t builtin_abs(rt_obj_t x) {
    return rt_unary_op(RT_UNARY_OP_ABS, x);
}
RT_DEFINE_FUN_1(rt_builtin_abs_obj, builtin_abs);

static rt_obj_t all_any(rt_obj_t iterable, bool want) {
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(iterable, &buf);
    rt_obj_t item;
    while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        if (rt_obj_is_true(item) == want) {
            return RT_BOOL(want);
        }
    }
    return RT_BOOL(!want);
}
static rt_obj_t builtin_all(rt_obj_t x) {
    return all_any(x, false);
}
static rt_obj_t builtin_any(rt_obj_t x) {
    return all_any(x, true);
}
RT_DEFINE_FUN_1(rt_builtin_all_obj, builtin_all);
RT_DEFINE_FUN_1(rt_builtin_any_obj, builtin_any);

static rt_obj_t int_text(rt_obj_t x, const char *spec) {
    if (!rt_obj_is_int(x) && x != RT_CONST_TRUE && x != RT_CONST_FALSE) {
        rt_obj_t i = rt_unary_op(RT_UNARY_OP_INT_MAYBE, x);
        if (i == RT_OBJ_NULL) {
            rt_raise_fmt(&rt_type_TypeError, "can't convert %T to int", x);
        }
        x = i;
    }
    return rt_format_value(x, spec, strlen(spec));
}
static rt_obj_t builtin_bin(rt_obj_t x) {
    return int_text(x, "#b");
}
static rt_obj_t builtin_hex(rt_obj_t x) {
    return int_text(x, "#x");
}
static rt_obj_t builtin_oct(rt_obj_t x) {
    return int_text(x, "#o");
}
RT_DEFINE_FUN_1(rt_builtin_bin_obj, builtin_bin);
RT_DEFINE_FUN_1(rt_builtin_hex_obj, builtin_hex);
RT_DEFINE_FUN_1(rt_builtin_oct_obj, builtin_oct);

static rt_obj_t builtin_callable(rt_obj_t x) {
    return RT_BOOL(rt_obj_is_callable(x));
}
RT_DEFINE_FUN_1(rt_builtin_callable_obj, builtin_callable);

static rt_obj_t builtin_chr(rt_obj_t x) {
    rt_int_t c = rt_obj_get_int(x);
    if (c < 0 || c > 0x10ffff) {
        rt_raise_msg(&rt_type_ValueError, "chr() arg not in range(0x110000)");
    }
    rt_vstr_t v;
    rt_vstr_init(&v, 8);
    rt_vstr_add_unichar(&v, (uint32_t)c);
    return rt_str_new(v.buf, v.len);
}
RT_DEFINE_FUN_1(rt_builtin_chr_obj, builtin_chr);

static rt_obj_t builtin_ord(rt_obj_t x) {
    size_t len;
    const uint8_t *s = rt_str_bytes(x, &len);
    if (s == NULL) {
        rt_raise_fmt(&rt_type_TypeError, "ord() expected a string of length 1, but %T found", x);
    }
    bool bytes = !RT_OBJ_IS_QSTR(x) && rt_obj_get_type(x) == &rt_type_bytes;
    size_t chars = bytes ? len : rt_utf8_charlen(s, len);
    if (chars != 1) {
        rt_raise_fmt(&rt_type_TypeError,
                     "ord() expected a character, but string of length %d found", (int)chars);
    }
    uint32_t c = s[0];
    if (!bytes && c >= 0x80) {
        unsigned n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
        c &= 0x3fu >> n;
        for (unsigned i = 1; i <= n && i < len; i++) {
            c = (c << 6) | (s[i] & 0x3f);
        }
    }
    return RT_OBJ_NEW_SMALL_INT(c);
}
RT_DEFINE_FUN_1(rt_builtin_ord_obj, builtin_ord);

static rt_obj_t builtin_getattr(size_t n_args, const rt_obj_t *args) {
    rt_qstr_t q = rt_obj_str_get_qstr(args[1]);
    if (n_args == 3) {
        rt_nlr_buf_t nlr;
        if (rt_nlr_push(&nlr) == 0) {
            rt_obj_t v = rt_load_attr(args[0], q);
            rt_nlr_pop();
            return v;
        }
        if (rt_exception_match(nlr.ret_val, &rt_type_AttributeError)) {
            return args[2];
        }
        rt_raise(nlr.ret_val);
    }
    return rt_load_attr(args[0], q);
}
RT_DEFINE_FUN_VAR(rt_builtin_getattr_obj, 2, 3, builtin_getattr);

static rt_obj_t builtin_hasattr(rt_obj_t o, rt_obj_t name) {
    rt_qstr_t q = rt_obj_str_get_qstr(name);
    rt_nlr_buf_t nlr;
    if (rt_nlr_push(&nlr) == 0) {
        rt_load_attr(o, q);
        rt_nlr_pop();
        return RT_CONST_TRUE;
    }
    if (rt_exception_match(nlr.ret_val, &rt_type_AttributeError)) {
        return RT_CONST_FALSE;
    }
    rt_raise(nlr.ret_val);
}
RT_DEFINE_FUN_2(rt_builtin_hasattr_obj, builtin_hasattr);

static rt_obj_t builtin_setattr(rt_obj_t o, rt_obj_t name, rt_obj_t value) {
    rt_store_attr(o, rt_obj_str_get_qstr(name), value);
    return RT_CONST_NONE;
}
RT_DEFINE_FUN_3(rt_builtin_setattr_obj, builtin_setattr);

static rt_obj_t builtin_delattr(rt_obj_t o, rt_obj_t name) {
    rt_store_attr(o, rt_obj_str_get_qstr(name), RT_OBJ_NULL);
    return RT_CONST_NONE;
}
RT_DEFINE_FUN_2(rt_builtin_delattr_obj, builtin_delattr);

static void add_keys(rt_obj_t list, rt_map_t *map) {
    for (size_t i = 0; i < (map->is_ordered ? map->used : map->alloc); i++) {
        if (rt_map_slot_is_filled(map, i) && rt_obj_is_str(map->table[i].key)) {
            rt_list_append(list, map->table[i].key);
        }
    }
}

static rt_obj_t builtin_dir(size_t n_args, const rt_obj_t *args) {
    rt_obj_t list = rt_list_new(0, NULL);
    if (n_args == 0) {
        add_keys(list, &rt_state.roots.locals->map);
        return list;
    }
    rt_obj_t o = args[0];
    if (rt_obj_is_type(o, &rt_type_module)) {
        add_keys(list, &rt_module_get_globals(o)->map);
        return list;
    }
    rt_map_t *members = rt_obj_instance_members(o);
    if (members != NULL) {
        add_keys(list, members);
    }
    const rt_type_t *t = rt_obj_get_type(o);
    if (rt_type_is_subclass(t, &rt_type_type)) {
        t = o;
    }
    while (t != NULL) {
        if (t->locals_dict != NULL) {
            add_keys(list, &t->locals_dict->map);
        }
        t = t->base_type;
    }
    return list;
}
RT_DEFINE_FUN_VAR(rt_builtin_dir_obj, 0, 1, builtin_dir);

static rt_obj_t builtin_divmod(rt_obj_t a, rt_obj_t b) {
    return rt_binary_op(RT_BINARY_OP_DIVMOD, a, b);
}
RT_DEFINE_FUN_2(rt_builtin_divmod_obj, builtin_divmod);

static rt_obj_t builtin_format(size_t n_args, const rt_obj_t *args) {
    size_t len = 0;
    const char *spec = n_args > 1 ? rt_obj_str_get_data(args[1], &len) : "";
    return rt_format_value(args[0], spec, len);
}
RT_DEFINE_FUN_VAR(rt_builtin_format_obj, 1, 2, builtin_format);

static rt_obj_t builtin_globals(void) {
    return rt_state.roots.globals;
}
RT_DEFINE_FUN_0(rt_builtin_globals_obj, builtin_globals);

static rt_obj_t builtin_locals(void) {
    return rt_state.roots.locals;
}
RT_DEFINE_FUN_0(rt_builtin_locals_obj, builtin_locals);

static rt_obj_t builtin_hash(rt_obj_t x) {
    return rt_int_new((rt_int_t)rt_obj_hash(x));
}
RT_DEFINE_FUN_1(rt_builtin_hash_obj, builtin_hash);

static rt_obj_t builtin_id(rt_obj_t x) {
    return rt_int_new_ull((uintptr_t)x);
}
RT_DEFINE_FUN_1(rt_builtin_id_obj, builtin_id);

static rt_obj_t builtin_isinstance(rt_obj_t o, rt_obj_t cls) {
    return RT_BOOL(rt_obj_isinstance(o, cls));
}
RT_DEFINE_FUN_2(rt_builtin_isinstance_obj, builtin_isinstance);

static rt_obj_t builtin_issubclass(rt_obj_t o, rt_obj_t cls) {
    return RT_BOOL(rt_obj_is_subclass(o, cls));
}
RT_DEFINE_FUN_2(rt_builtin_issubclass_obj, builtin_issubclass);

static rt_obj_t builtin_iter(rt_obj_t x) {
    return rt_getiter(x, NULL);
}
RT_DEFINE_FUN_1(rt_builtin_iter_obj, builtin_iter);

static rt_obj_t builtin_len(rt_obj_t x) {
    return rt_obj_len(x);
}
RT_DEFINE_FUN_1(rt_builtin_len_obj, builtin_len);

static rt_obj_t min_max(size_t n_args, const rt_obj_t *args, rt_map_t *kw, rt_binary_op_t op) {
    rt_obj_t key = RT_OBJ_NULL, def = RT_OBJ_NULL;
    for (size_t i = 0; i < kw->alloc; i++) {
        if (!rt_map_slot_is_filled(kw, i)) {
            continue;
        }
        rt_qstr_t k = rt_obj_str_get_qstr(kw->table[i].key);
        if (k == RT_QSTR_key) {
            key = kw->table[i].value;
        } else if (k == RT_QSTR_default) {
            def = kw->table[i].value;
        } else {
            rt_raise_fmt(&rt_type_TypeError, "unexpected keyword argument '%q'", k);
        }
    }
    if (key == RT_CONST_NONE) {
        key = RT_OBJ_NULL;
    }
    rt_obj_t best = RT_OBJ_NULL, best_key = RT_OBJ_NULL;
    rt_obj_iter_buf_t buf;
    rt_obj_t it =
        n_args == 1 ? rt_getiter(args[0], &buf) : rt_getiter(rt_tuple_new(n_args, args), &buf);
    rt_obj_t item;
    while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        rt_obj_t k = key != RT_OBJ_NULL ? rt_call_function_1(key, item) : item;
        if (best == RT_OBJ_NULL || rt_obj_is_true(rt_binary_op(op, k, best_key))) {
            best = item;
            best_key = k;
        }
    }
    if (best == RT_OBJ_NULL) {
        if (def != RT_OBJ_NULL) {
            return def;
        }
        rt_raise_msg(&rt_type_ValueError, "arg is an empty sequence");
    }
    return best;
}
static rt_obj_t builtin_max(size_t n, const rt_obj_t *a, rt_map_t *kw) {
    return min_max(n, a, kw, RT_BINARY_OP_MORE);
}
static rt_obj_t builtin_min(size_t n, const rt_obj_t *a, rt_map_t *kw) {
    return min_max(n, a, kw, RT_BINARY_OP_LESS);
}
RT_DEFINE_FUN_KW(rt_builtin_max_obj, 1, builtin_max);
RT_DEFINE_FUN_KW(rt_builtin_min_obj, 1, builtin_min);

static rt_obj_t builtin_next(size_t n_args, const rt_obj_t *args) {
    if (n_args == 1 && rt_obj_is_type(args[0], &rt_type_gen_instance)) {
        return rt_gen_next(args[0]);
    }
    // With a default, a StopIteration from __next__ gives the default.
    rt_obj_t v = n_args > 1 ? rt_iternext(args[0]) : rt_iternext_allow_raise(args[0]);
    if (v == RT_OBJ_STOP_ITERATION) {
        if (n_args > 1) {
            return args[1];
        }
        rt_raise_stop_iteration(RT_OBJ_NULL);
    }
    return v;
}
RT_DEFINE_FUN_VAR(rt_builtin_next_obj, 1, 2, builtin_next);

static rt_obj_t builtin_pow(size_t n_args, const rt_obj_t *args) {
    if (n_args == 2) {
        return rt_binary_op(RT_BINARY_OP_POWER, args[0], args[1]);
    }
    // Modular power on ints by squaring.
    rt_obj_t base = args[0], e = args[1], mod = args[2];
    if (!rt_obj_is_int(base) || !rt_obj_is_int(e) || !rt_obj_is_int(mod)) {
        rt_raise_msg(&rt_type_TypeError,
                     "pow() 3rd argument not allowed unless all arguments are integers");
    }
    if (rt_int_sign(e) < 0) {
        rt_raise_msg(&rt_type_ValueError,
                     "pow() 2nd argument cannot be negative when 3rd argument specified");
    }
    if (rt_int_sign(mod) == 0) {
        rt_raise_msg(&rt_type_ValueError, "pow() 3rd argument cannot be 0");
    }
    rt_obj_t result = rt_binary_op(RT_BINARY_OP_MODULO, RT_OBJ_NEW_SMALL_INT(1), mod);
    base = rt_binary_op(RT_BINARY_OP_MODULO, base, mod);
    while (rt_int_sign(e) > 0) {
        if (rt_binary_op(RT_BINARY_OP_AND, e, RT_OBJ_NEW_SMALL_INT(1)) != RT_OBJ_NEW_SMALL_INT(0)) {
            result = rt_binary_op(RT_BINARY_OP_MODULO,
                                  rt_binary_op(RT_BINARY_OP_MULTIPLY, result, base), mod);
        }
        e = rt_binary_op(RT_BINARY_OP_RSHIFT, e, RT_OBJ_NEW_SMALL_INT(1));
        base =
            rt_binary_op(RT_BINARY_OP_MODULO, rt_binary_op(RT_BINARY_OP_MULTIPLY, base, base), mod);
    }
    return result;
}
RT_DEFINE_FUN_VAR(rt_builtin_pow_obj, 2, 3, builtin_pow);

static rt_obj_t builtin_repr(rt_obj_t x) {
    return rt_obj_repr(x);
}
RT_DEFINE_FUN_1(rt_builtin_repr_obj, builtin_repr);

static rt_obj_t builtin_round(size_t n_args, const rt_obj_t *args) {
    rt_obj_t x = args[0];
    rt_obj_t nd = n_args > 1 ? args[1] : RT_CONST_NONE;
    if (rt_obj_is_int(x) || x == RT_CONST_TRUE || x == RT_CONST_FALSE) {
        if (nd == RT_CONST_NONE || rt_obj_get_int(nd) >= 0) {
            return rt_obj_is_int(x) ? x : RT_OBJ_NEW_SMALL_INT(x == RT_CONST_TRUE);
        }
        // Round to a negative number of digits: half to even at 10^-n.
        rt_obj_t p = rt_binary_op(RT_BINARY_OP_POWER, RT_OBJ_NEW_SMALL_INT(10),
                                  rt_unary_op(RT_UNARY_OP_NEGATIVE, nd));
        rt_obj_t qr = rt_binary_op(RT_BINARY_OP_DIVMOD, x, p);
        size_t n;
        rt_obj_t *items;
        rt_tuple_get(qr, &n, &items);
        rt_obj_t q = items[0], r = items[1];
        rt_obj_t twice = rt_binary_op(RT_BINARY_OP_MULTIPLY, r, RT_OBJ_NEW_SMALL_INT(2));
        bool up =
            rt_obj_is_true(rt_binary_op(RT_BINARY_OP_MORE, twice, p)) ||
            (rt_obj_equal(twice, p) &&
             rt_binary_op(RT_BINARY_OP_AND, q, RT_OBJ_NEW_SMALL_INT(1)) != RT_OBJ_NEW_SMALL_INT(0));
        if (up) {
            q = rt_binary_op(RT_BINARY_OP_ADD, q, RT_OBJ_NEW_SMALL_INT(1));
        }
        return rt_binary_op(RT_BINARY_OP_MULTIPLY, q, p);
    }
#if RT_CONFIG_FLOAT
    if (RT_OBJ_IS_OBJ_OF(x, &rt_type_float)) {
        double v = (double)rt_obj_get_float(x);
        if (nd == RT_CONST_NONE) {
            if (v != v || isinf(v)) {
                rt_raise_msg(v != v ? &rt_type_ValueError : &rt_type_OverflowError,
                             v != v ? "cannot convert float NaN to integer"
                                    : "cannot convert float infinity to integer");
            }
            return rt_int_from_float((rt_float_t)rint(v));
        }
        rt_int_t n = rt_obj_get_int(nd);
        if (v != v || isinf(v) || v == 0) {
            return x;
        }
        if (n > 300) {
            return x;
        }
        double m = pow(10.0, (double)(n < 0 ? -n : n));
        double r = n >= 0 ? rint(v * m) / m : rint(v / m) * m;
        if (isinf(r) || r != r) {
            return x;
        }
        return rt_float_new((rt_float_t)r);
    }
#endif
    rt_obj_t meth[2];
    rt_load_method(x, RT_QSTR___round__, meth);
    return rt_call_method_n_kw(0, 0, meth);
}
RT_DEFINE_FUN_VAR(rt_builtin_round_obj, 1, 2, builtin_round);

static rt_obj_t builtin_sorted(size_t n_args, const rt_obj_t *args, rt_map_t *kw) {
    if (n_args != 1) {
        rt_raise_fmt(&rt_type_TypeError, "function takes 1 positional arguments but %d were given",
                     (int)n_args);
    }
    rt_obj_t list = rt_call_function_1((rt_obj_t)&rt_type_list, args[0]);
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
    rt_list_sort(list, key, reverse);
    return list;
}
RT_DEFINE_FUN_KW(rt_builtin_sorted_obj, 1, builtin_sorted);

static rt_obj_t builtin_sum(size_t n_args, const rt_obj_t *args) {
    rt_obj_t acc = n_args > 1 ? args[1] : RT_OBJ_NEW_SMALL_INT(0);
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(args[0], &buf);
    rt_obj_t item;
    while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        acc = rt_binary_op(RT_BINARY_OP_ADD, acc, item);
    }
    return acc;
}
RT_DEFINE_FUN_VAR(rt_builtin_sum_obj, 1, 2, builtin_sum);

// ---------------------------------------------------------------------------------------------
// The table

const rt_map_elem_t rt_builtins_table[] = {
#define RT_BUILTIN(name, obj) {RT_ROM_QSTR(RT_QSTR_##name), RT_ROM_PTR(obj)},
#include "builtins.def"
#undef RT_BUILTIN
#define RT_EXCEPTION(name, base) {RT_ROM_QSTR(RT_QSTR_##name), RT_ROM_PTR(&rt_type_##name)},
#include "exceptions.def"
#undef RT_EXCEPTION
};
const size_t rt_builtins_table_len = RT_ARRAY_SIZE(rt_builtins_table);

static const rt_obj_dict_t builtins_globals = {{&rt_type_dict},
                                               {1, 1, 1, RT_ARRAY_SIZE(rt_builtins_table),
                                                RT_ARRAY_SIZE(rt_builtins_table),
                                                (rt_map_elem_t *)rt_builtins_table}};

const rt_obj_module_t rt_module_builtins = {{&rt_type_module}, (rt_obj_dict_t *)&builtins_globals};
