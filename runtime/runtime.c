// The generic object protocol (runtime.h): truth, operators, equality and hashing, printing,
// attributes, subscripts, iteration, calls and argument checks, names, unpacking, and the
// runtime's start-up. Types plug in through their slots; fast paths for small ints and the
// common containers sit in front of the slots.
#include "runtime.h"

#include <string.h>

#include "bc.h"
#include "port.h"
#include "rt_internal.h"
#include "state.h"

rt_state_t rt_state;

// The special-method name of each binary operator, for messages and user classes.
const uint16_t rt_binary_op_method_name[RT_BINARY_OP_NUM] = {
    [RT_BINARY_OP_LESS] = RT_QSTR___lt__,
    [RT_BINARY_OP_MORE] = RT_QSTR___gt__,
    [RT_BINARY_OP_EQUAL] = RT_QSTR___eq__,
    [RT_BINARY_OP_LESS_EQUAL] = RT_QSTR___le__,
    [RT_BINARY_OP_MORE_EQUAL] = RT_QSTR___ge__,
    [RT_BINARY_OP_NOT_EQUAL] = RT_QSTR___ne__,
    [RT_BINARY_OP_CONTAINS] = RT_QSTR___contains__,
    // Of the in-place methods stock calls only these two; the others fall back to the
    // plain method.
    [RT_BINARY_OP_INPLACE_ADD] = RT_QSTR___iadd__,
    [RT_BINARY_OP_INPLACE_SUBTRACT] = RT_QSTR___isub__,
    [RT_BINARY_OP_OR] = RT_QSTR___or__,
    [RT_BINARY_OP_XOR] = RT_QSTR___xor__,
    [RT_BINARY_OP_AND] = RT_QSTR___and__,
    [RT_BINARY_OP_LSHIFT] = RT_QSTR___lshift__,
    [RT_BINARY_OP_RSHIFT] = RT_QSTR___rshift__,
    [RT_BINARY_OP_ADD] = RT_QSTR___add__,
    [RT_BINARY_OP_SUBTRACT] = RT_QSTR___sub__,
    [RT_BINARY_OP_MULTIPLY] = RT_QSTR___mul__,
    [RT_BINARY_OP_MAT_MULTIPLY] = RT_QSTR___matmul__,
    [RT_BINARY_OP_FLOOR_DIVIDE] = RT_QSTR___floordiv__,
    [RT_BINARY_OP_TRUE_DIVIDE] = RT_QSTR___truediv__,
    [RT_BINARY_OP_MODULO] = RT_QSTR___mod__,
    [RT_BINARY_OP_POWER] = RT_QSTR___pow__,
    [RT_BINARY_OP_DIVMOD] = RT_QSTR___divmod__,
    [RT_BINARY_OP_REVERSE_OR] = RT_QSTR___ror__,
    [RT_BINARY_OP_REVERSE_XOR] = RT_QSTR___rxor__,
    [RT_BINARY_OP_REVERSE_AND] = RT_QSTR___rand__,
    [RT_BINARY_OP_REVERSE_LSHIFT] = RT_QSTR___rlshift__,
    [RT_BINARY_OP_REVERSE_RSHIFT] = RT_QSTR___rrshift__,
    [RT_BINARY_OP_REVERSE_ADD] = RT_QSTR___radd__,
    [RT_BINARY_OP_REVERSE_SUBTRACT] = RT_QSTR___rsub__,
    [RT_BINARY_OP_REVERSE_MULTIPLY] = RT_QSTR___rmul__,
    [RT_BINARY_OP_REVERSE_MAT_MULTIPLY] = RT_QSTR___rmatmul__,
    [RT_BINARY_OP_REVERSE_FLOOR_DIVIDE] = RT_QSTR___rfloordiv__,
    [RT_BINARY_OP_REVERSE_TRUE_DIVIDE] = RT_QSTR___rtruediv__,
    [RT_BINARY_OP_REVERSE_MODULO] = RT_QSTR___rmod__,
    [RT_BINARY_OP_REVERSE_POWER] = RT_QSTR___rpow__,
};

const uint16_t rt_unary_op_method_name[] = {
    [RT_UNARY_OP_POSITIVE] = RT_QSTR___pos__,
    [RT_UNARY_OP_NEGATIVE] = RT_QSTR___neg__,
    [RT_UNARY_OP_INVERT] = RT_QSTR___invert__,
    [RT_UNARY_OP_NOT] = RT_QSTR_NULL,
    [RT_UNARY_OP_BOOL] = RT_QSTR___bool__,
    [RT_UNARY_OP_LEN] = RT_QSTR___len__,
    [RT_UNARY_OP_HASH] = RT_QSTR___hash__,
    [RT_UNARY_OP_ABS] = RT_QSTR___abs__,
    [RT_UNARY_OP_INT_MAYBE] = RT_QSTR___int__,
    [RT_UNARY_OP_FLOAT_MAYBE] = RT_QSTR___float__,
    [RT_UNARY_OP_COMPLEX_MAYBE] = RT_QSTR___complex__,
    [RT_UNARY_OP_SIZEOF] = RT_QSTR___sizeof__,
};

// ---------------------------------------------------------------------------------------------
// Start-up

void rt_init(const rt_init_options_t *opt) {
    memset(&rt_state, 0, sizeof rt_state);
    rt_state.stack_top = (char *)opt->stack_top;
    rt_state.stack_limit = (char *)opt->stack_top - opt->stack_len;
    rt_state.opt_level = opt->opt_level;
    rt_gc_init(opt->heap, opt->heap_len);
    rt_qstr_init();
    rt_exception_init();
    rt_obj_t builtins = rt_dict_new(rt_builtins_table_len);
    for (size_t i = 0; i < rt_builtins_table_len; i++) {
        rt_dict_store(builtins, rt_builtins_table[i].key, rt_builtins_table[i].value);
    }
    rt_state.roots.builtins = builtins;
    rt_state.roots.modules = rt_dict_new(8);
    rt_state.roots.sys_path = rt_list_new(0, NULL);
    rt_state.roots.sys_argv = rt_list_new(0, NULL);
    rt_obj_t main_module = rt_module_new(RT_QSTR___main__);
    rt_state.roots.globals = rt_module_get_globals(main_module);
    rt_state.roots.locals = rt_state.roots.globals;
}

void rt_deinit(void) {
    rt_port_flush();
}

void rt_stack_check(void) {
    char here;
    if (RT_UNLIKELY(&here < rt_state.stack_limit)) {
        rt_raise_msg(&rt_type_RuntimeError, "maximum recursion depth exceeded");
    }
}

static bool is_type(rt_obj_t o);

// ---------------------------------------------------------------------------------------------
// Truth, unary and binary operators

bool rt_obj_is_true(rt_obj_t o) {
    if (o == RT_CONST_FALSE || o == RT_CONST_NONE) {
        return false;
    }
    if (o == RT_CONST_TRUE) {
        return true;
    }
    if (RT_OBJ_IS_SMALL_INT(o)) {
        return RT_OBJ_SMALL_INT_VALUE(o) != 0;
    }
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->unary_op != NULL) {
        rt_obj_t r = t->unary_op(RT_UNARY_OP_BOOL, o);
        if (r != RT_OBJ_NULL) {
            return r == RT_CONST_TRUE;
        }
    }
    rt_obj_t len = rt_obj_len_maybe(o);
    if (len != RT_OBJ_NULL) {
        return len != RT_OBJ_NEW_SMALL_INT(0);
    }
    return true;
}

rt_obj_t rt_unary_op(rt_unary_op_t op, rt_obj_t o) {
    if (op == RT_UNARY_OP_NOT) {
        return RT_BOOL(!rt_obj_is_true(o));
    }
    if (RT_OBJ_IS_SMALL_INT(o)) {
        rt_int_t v = RT_OBJ_SMALL_INT_VALUE(o);
        switch (op) {
            case RT_UNARY_OP_BOOL:
                return RT_BOOL(v != 0);
            case RT_UNARY_OP_HASH:
            case RT_UNARY_OP_POSITIVE:
            case RT_UNARY_OP_INT_MAYBE:
                return o;
            case RT_UNARY_OP_NEGATIVE:
                return rt_int_new(-v); // -RT_SMALL_INT_MIN still fits a machine word
            case RT_UNARY_OP_ABS:
                return rt_int_new(v < 0 ? -v : v);
            case RT_UNARY_OP_INVERT:
                return RT_OBJ_NEW_SMALL_INT(~v);
            default:
                break;
        }
    }
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->unary_op != NULL) {
        rt_obj_t r = t->unary_op(op, o);
        if (r != RT_OBJ_NULL) {
            return r;
        }
    }
    if (op == RT_UNARY_OP_HASH) {
        rt_raise_fmt(&rt_type_TypeError, "unsupported type for __hash__: '%q'", t->name);
    }
    if (op == RT_UNARY_OP_LEN) {
        rt_raise_fmt(&rt_type_TypeError, "object of type '%q' has no len()", t->name);
    }
    if (op == RT_UNARY_OP_INT_MAYBE || op == RT_UNARY_OP_FLOAT_MAYBE ||
        op == RT_UNARY_OP_COMPLEX_MAYBE) {
        return RT_OBJ_NULL;
    }
    rt_raise_fmt(&rt_type_TypeError, "unsupported type for %q: '%q'",
                 (rt_qstr_t)rt_unary_op_method_name[op], t->name);
}

static RT_NORETURN void unsupported_binop(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    if (op >= RT_BINARY_OP_INPLACE_OR && op <= RT_BINARY_OP_INPLACE_POWER) {
        op += RT_BINARY_OP_INPLACE_TO_PLAIN;
    }
    rt_qstr_t name = op == RT_BINARY_OP_IN ? RT_QSTR_NULL : rt_binary_op_method_name[op];
    rt_raise_fmt(&rt_type_TypeError, "unsupported types for %q: '%T', '%T'", name, lhs, rhs);
}

// Tries the type's binary_op slot; RT_OBJ_NULL when it has none or declines.
static inline rt_obj_t try_slot(const rt_type_t *t, rt_binary_op_t op, rt_obj_t a, rt_obj_t b) {
    if (t->binary_op == NULL) {
        return RT_OBJ_NULL;
    }
    rt_obj_t r = t->binary_op(op, a, b);
    return r == RT_CONST_NOTIMPLEMENTED ? RT_OBJ_NULL : r;
}

rt_obj_t rt_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    if (op == RT_BINARY_OP_IS) {
        return RT_BOOL(lhs == rhs);
    }
    if (op == RT_BINARY_OP_EQUAL || op == RT_BINARY_OP_NOT_EQUAL) {
        const rt_type_t *t = rt_obj_get_type(lhs);
        if (op == RT_BINARY_OP_NOT_EQUAL && (t->flags & RT_TYPE_FLAG_EQ_HAS_NEQ_TEST)) {
            rt_obj_t r = try_slot(t, op, lhs, rhs);
            if (r != RT_OBJ_NULL) {
                return r;
            }
        }
        bool eq = rt_obj_equal(lhs, rhs);
        return RT_BOOL(op == RT_BINARY_OP_EQUAL ? eq : !eq);
    }
    if (op == RT_BINARY_OP_EXCEPTION_MATCH) {
        if (rt_obj_is_exception_type(rhs)) {
            return RT_BOOL(rt_exception_match(lhs, rhs));
        }
        size_t n;
        rt_obj_t *items;
        if (rt_obj_is_type(rhs, &rt_type_tuple)) {
            rt_tuple_get(rhs, &n, &items);
            for (size_t i = 0; i < n; i++) {
                if (!rt_obj_is_exception_type(items[i])) {
                    goto bad_match;
                }
                if (rt_exception_match(lhs, items[i])) {
                    return RT_CONST_TRUE;
                }
            }
            return RT_CONST_FALSE;
        }
    bad_match:
        rt_raise_msg(&rt_type_TypeError,
                     "catching classes that do not inherit from BaseException is not allowed");
    }
    if (RT_OBJ_IS_SMALL_INT(lhs) && RT_OBJ_IS_SMALL_INT(rhs)) {
        rt_obj_t r = rt_int_binary_op(op, lhs, rhs);
        if (r != RT_OBJ_NULL) {
            return r;
        }
    }
    if (op == RT_BINARY_OP_IN) {
        // `lhs in rhs`: the container answers, else iterate it.
        rt_obj_t r = try_slot(rt_obj_get_type(rhs), RT_BINARY_OP_CONTAINS, rhs, lhs);
        if (r != RT_OBJ_NULL) {
            return r;
        }
        const rt_type_t *rt = rt_obj_get_type(rhs);
        if (rt->getiter != NULL) {
            rt_obj_iter_buf_t buf;
            rt_obj_t it = rt_getiter(rhs, &buf);
            rt_obj_t item;
            while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
                if (rt_obj_equal(item, lhs)) {
                    return RT_CONST_TRUE;
                }
            }
            return RT_CONST_FALSE;
        }
        unsupported_binop(op, rhs, lhs);
    }
    const rt_type_t *lt = rt_obj_get_type(lhs);
    rt_obj_t r = try_slot(lt, op, lhs, rhs);
    if (r != RT_OBJ_NULL) {
        return r;
    }
    rt_binary_op_t plain = op;
    if (op >= RT_BINARY_OP_INPLACE_OR && op <= RT_BINARY_OP_INPLACE_POWER) {
        plain = op + RT_BINARY_OP_INPLACE_TO_PLAIN;
        r = try_slot(lt, plain, lhs, rhs);
        if (r != RT_OBJ_NULL) {
            return r;
        }
    }
    const rt_type_t *rtyp = rt_obj_get_type(rhs);
    if (plain >= RT_BINARY_OP_OR && plain <= RT_BINARY_OP_POWER) {
        r = try_slot(rtyp, plain + RT_BINARY_OP_PLAIN_TO_REVERSE, rhs, lhs);
        if (r != RT_OBJ_NULL) {
            return r;
        }
    }
    unsupported_binop(op, lhs, rhs);
}

bool rt_obj_equal(rt_obj_t a, rt_obj_t b) {
    if (a == b) {
        if (RT_OBJ_IS_PTR(a) && a != NULL &&
            (rt_obj_get_type(a)->flags & RT_TYPE_FLAG_EQ_NOT_REFLEXIVE)) {
            goto slow; // nan != nan
        }
        return true;
    }
    if (RT_OBJ_IS_SMALL_INT(a) && RT_OBJ_IS_SMALL_INT(b)) {
        return false;
    }
    if (rt_obj_is_str(a) && rt_obj_is_str(b)) {
        return rt_str_equal(a, b);
    }
slow:;
    const rt_type_t *ta = rt_obj_get_type(a);
    const rt_type_t *tb = rt_obj_get_type(b);
    if (ta != tb && !(ta->flags & RT_TYPE_FLAG_EQ_CHECKS_OTHER) &&
        !(tb->flags & RT_TYPE_FLAG_EQ_CHECKS_OTHER)) {
        return false;
    }
    rt_obj_t r = try_slot(ta, RT_BINARY_OP_EQUAL, a, b);
    if (r == RT_OBJ_NULL && tb != ta) {
        r = try_slot(tb, RT_BINARY_OP_EQUAL, b, a);
    }
    if (r == RT_OBJ_NULL) {
        return a == b;
    }
    return rt_obj_is_true(r);
}

size_t rt_obj_hash(rt_obj_t o) {
    if (RT_OBJ_IS_SMALL_INT(o)) {
        return (size_t)RT_OBJ_SMALL_INT_VALUE(o);
    }
    if (RT_OBJ_IS_QSTR(o)) {
        return rt_qstr_hash(RT_OBJ_QSTR_VALUE(o));
    }
    if (o == RT_CONST_FALSE) {
        return 0;
    }
    if (o == RT_CONST_TRUE) {
        return 1;
    }
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->unary_op != NULL) {
        rt_obj_t r = t->unary_op(RT_UNARY_OP_HASH, o);
        if (r != RT_OBJ_NULL) {
            return (size_t)rt_obj_get_int(r);
        }
    }
    if (t->binary_op == NULL || (t->flags & RT_TYPE_FLAG_INSTANCE)) {
        // No equality of its own: hash by identity.
        return (size_t)((uintptr_t)o >> 3);
    }
    rt_raise_fmt(&rt_type_TypeError, "unsupported type for __hash__: '%q'", t->name);
}

rt_obj_t rt_obj_len_maybe(rt_obj_t o) {
    if (RT_OBJ_IS_QSTR(o)) {
        size_t n;
        const uint8_t *s = rt_qstr_data(RT_OBJ_QSTR_VALUE(o), &n);
        return RT_OBJ_NEW_SMALL_INT(rt_utf8_charlen(s, n));
    }
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->unary_op == NULL) {
        return RT_OBJ_NULL;
    }
    return t->unary_op(RT_UNARY_OP_LEN, o);
}

rt_obj_t rt_obj_len(rt_obj_t o) {
    rt_obj_t n = rt_obj_len_maybe(o);
    if (n == RT_OBJ_NULL) {
        rt_raise_fmt(&rt_type_TypeError, "object of type '%T' has no len()", o);
    }
    return n;
}

size_t rt_obj_get_len(rt_obj_t o) {
    return (size_t)rt_obj_get_int(rt_obj_len(o));
}

bool rt_obj_is_callable(rt_obj_t o) {
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->call == NULL) {
        return false;
    }
    if (t->flags & RT_TYPE_FLAG_INSTANCE) {
        rt_obj_t dest[2];
        return rt_type_lookup_special(o, RT_QSTR___call__, dest);
    }
    return true;
}

bool rt_type_is_subclass(const rt_type_t *t, const rt_type_t *base) {
    for (;;) {
        if (t == base) {
            return true;
        }
        if (t == NULL) {
            return false;
        }
        if (t->bases != NULL) {
            size_t n;
            rt_obj_t *items;
            rt_tuple_get(t->bases, &n, &items);
            for (size_t i = 0; i < n; i++) {
                if (rt_type_is_subclass(items[i], base)) {
                    return true;
                }
            }
            return false;
        }
        t = t->base_type;
        if (base == &rt_type_object) {
            return true;
        }
    }
}

static bool is_type(rt_obj_t o) {
    return RT_OBJ_IS_PTR(o) && o != NULL && rt_type_is_subclass(rt_obj_get_type(o), &rt_type_type);
}

bool rt_obj_is_subclass(rt_obj_t object, rt_obj_t classinfo) {
    if (!is_type(object)) {
        rt_raise_msg(&rt_type_TypeError, "issubclass() arg 1 must be a class");
    }
    if (rt_obj_is_type(classinfo, &rt_type_tuple)) {
        size_t n;
        rt_obj_t *items;
        rt_tuple_get(classinfo, &n, &items);
        for (size_t i = 0; i < n; i++) {
            // Stock looks into one level of tuple only.
            if (is_type(items[i]) && rt_type_is_subclass(object, items[i])) {
                return true;
            }
        }
        return false;
    }
    if (!is_type(classinfo)) {
        rt_raise_msg(&rt_type_TypeError,
                     "issubclass() arg 2 must be a class or a tuple of classes");
    }
    return rt_type_is_subclass(object, classinfo);
}

bool rt_obj_isinstance(rt_obj_t o, rt_obj_t classinfo) {
    return rt_obj_is_subclass((rt_obj_t)rt_obj_get_type(o), classinfo);
}

// ---------------------------------------------------------------------------------------------
// Printing

void rt_obj_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    rt_stack_check();
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->print != NULL) {
        t->print(p, o, kind);
    } else {
        rt_printf(p, "<%q object at %p>", t->name, o);
    }
}

static rt_obj_t print_to_str(rt_obj_t o, rt_print_kind_t kind) {
    rt_vstr_t v;
    rt_vstr_init(&v, 16);
    rt_print_t p;
    rt_vstr_print(&p, &v);
    rt_obj_print(&p, o, kind);
    return rt_str_new_from_vstr(&v);
}

rt_obj_t rt_obj_repr(rt_obj_t o) {
    return print_to_str(o, RT_PRINT_REPR);
}

rt_obj_t rt_obj_str(rt_obj_t o) {
    if (rt_obj_is_str(o)) {
        return o;
    }
    return print_to_str(o, RT_PRINT_STR);
}

rt_qstr_t rt_obj_type_name(rt_obj_t o) {
    return rt_obj_get_type(o)->name;
}

// ---------------------------------------------------------------------------------------------
// C values of objects

bool rt_obj_get_int_maybe(rt_obj_t o, rt_int_t *v) {
    if (RT_OBJ_IS_SMALL_INT(o)) {
        *v = RT_OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    if (o == RT_CONST_FALSE || o == RT_CONST_TRUE) {
        *v = o == RT_CONST_TRUE;
        return true;
    }
    if (RT_OBJ_IS_OBJ_OF(o, &rt_type_int)) {
        if (!rt_int_get_checked(o, v)) {
            rt_raise_msg(&rt_type_OverflowError, "overflow converting long int to machine word");
        }
        return true;
    }
    return false;
}

rt_int_t rt_obj_get_int(rt_obj_t o) {
    rt_int_t v;
    if (!rt_obj_get_int_maybe(o, &v)) {
        rt_raise_fmt(&rt_type_TypeError, "can't convert %T to int", o);
    }
    return v;
}

size_t rt_obj_get_index(const rt_type_t *type, size_t len, rt_obj_t index, bool is_slice) {
    rt_int_t i;
    if (!rt_obj_get_int_maybe(index, &i)) {
        rt_raise_fmt(&rt_type_TypeError, "%q indices must be integers, not %T", type->name, index);
    }
    if (i < 0) {
        i += (rt_int_t)len;
    }
    if (is_slice) {
        if (i < 0) {
            i = 0;
        } else if ((size_t)i > len) {
            i = (rt_int_t)len;
        }
    } else if (i < 0 || (size_t)i >= len) {
        rt_raise_fmt(&rt_type_IndexError, "%q index out of range", type->name);
    }
    return (size_t)i;
}

const char *rt_obj_str_get_data(rt_obj_t o, size_t *len) {
    if (!rt_obj_is_str(o)) {
        rt_raise_fmt(&rt_type_TypeError, "can't convert '%T' object to str implicitly", o);
    }
    return (const char *)rt_str_bytes(o, len);
}

rt_qstr_t rt_obj_str_get_qstr(rt_obj_t o) {
    if (RT_OBJ_IS_QSTR(o)) {
        return RT_OBJ_QSTR_VALUE(o);
    }
    size_t len;
    const char *s = rt_obj_str_get_data(o, &len);
    return rt_qstr_from_strn(s, len);
}

// ---------------------------------------------------------------------------------------------
// Subscripts

rt_obj_t rt_subscr(rt_obj_t base, rt_obj_t index, rt_obj_t value) {
    const rt_type_t *t = rt_obj_get_type(base);
    if (t->subscr != NULL) {
        rt_obj_t r = t->subscr(base, index, value);
        if (r != RT_OBJ_NULL) {
            return r;
        }
    }
    if (value == RT_OBJ_SENTINEL) {
        rt_raise_fmt(&rt_type_TypeError, "'%q' object isn't subscriptable", t->name);
    } else if (value == RT_OBJ_NULL) {
        rt_raise_fmt(&rt_type_TypeError, "'%q' object doesn't support item deletion", t->name);
    }
    rt_raise_fmt(&rt_type_TypeError, "'%q' object doesn't support item assignment", t->name);
}

// ---------------------------------------------------------------------------------------------
// Attributes

// Looks `attr` up in the type's dict and those of its bases (depth-first, left to right).
static rt_obj_t type_lookup_object(rt_qstr_t attr, const rt_type_t **found_in) {
    rt_map_elem_t *e =
        rt_map_lookup(&rt_type_object.locals_dict->map, RT_OBJ_NEW_QSTR(attr), RT_MAP_LOOKUP);
    if (e == NULL) {
        return RT_OBJ_NULL;
    }
    if (found_in) {
        *found_in = &rt_type_object;
    }
    return e->value;
}

// `object` is searched last, after every base (its dict would otherwise hide a later base's
// __eq__ or __repr__ in a depth-first search).
static rt_obj_t type_lookup(const rt_type_t *t, rt_qstr_t attr, const rt_type_t **found_in) {
    while (t != NULL && t != &rt_type_object) {
        if (t->locals_dict != NULL) {
            rt_map_elem_t *e =
                rt_map_lookup(&t->locals_dict->map, RT_OBJ_NEW_QSTR(attr), RT_MAP_LOOKUP);
            if (e != NULL) {
                if (found_in) {
                    *found_in = t;
                }
                return e->value;
            }
        }
        if (t->bases != NULL) {
            size_t n;
            rt_obj_t *items;
            rt_tuple_get(t->bases, &n, &items);
            for (size_t i = 0; i < n; i++) {
                rt_obj_t r = type_lookup(items[i], attr, found_in);
                if (r != RT_OBJ_NULL) {
                    return r;
                }
            }
            return RT_OBJ_NULL;
        }
        t = t->base_type;
    }
    return RT_OBJ_NULL;
}

rt_obj_t rt_type_lookup_attr(const rt_type_t *t, rt_qstr_t attr, const rt_type_t **found_in) {
    rt_obj_t r = type_lookup(t, attr, found_in);
    if (r == RT_OBJ_NULL && t != NULL) {
        r = type_lookup_object(attr, found_in);
    }
    return r;
}

void rt_convert_member_lookup(rt_obj_t self, const rt_type_t *type, rt_obj_t member,
                              rt_obj_t *dest) {
    if (RT_OBJ_IS_PTR(member) && member != NULL) {
        const rt_type_t *mt = ((rt_obj_base_t *)member)->type;
        if (mt == &rt_type_staticmethod) {
            dest[0] = ((rt_obj_static_class_method_t *)member)->fun;
            return;
        }
        if (mt == &rt_type_classmethod) {
            dest[0] = ((rt_obj_static_class_method_t *)member)->fun;
            dest[1] = self != RT_OBJ_NULL && is_type(self) ? self : (rt_obj_t)type;
            return;
        }
        if (mt->flags & RT_TYPE_FLAG_BINDS_SELF) {
            if (self != RT_OBJ_NULL) {
                dest[0] = member;
                dest[1] = self;
            } else {
                dest[0] = member;
            }
            return;
        }
        if (mt == &rt_type_property && self != RT_OBJ_NULL) {
            rt_obj_t fget = ((rt_obj_t *)member)[1];
            if (fget == RT_CONST_NONE) {
                rt_raise_msg(&rt_type_AttributeError, "unreadable attribute");
            }
            dest[0] = rt_call_function_1(fget, self);
            return;
        }
        if ((mt->flags & RT_TYPE_FLAG_INSTANCE) && self != RT_OBJ_NULL) {
            // A descriptor: an instance whose class has __get__.
            rt_obj_t get[2];
            if (rt_type_lookup_special(member, RT_QSTR___get__, get)) {
                rt_obj_t args[4] = {get[0], get[1], self, (rt_obj_t)type};
                dest[0] = rt_call_method_n_kw(2, 0, args);
                return;
            }
        }
    }
    dest[0] = member;
}

void rt_load_method_maybe(rt_obj_t base, rt_qstr_t attr, rt_obj_t *dest) {
    dest[0] = RT_OBJ_NULL;
    dest[1] = RT_OBJ_NULL;
    const rt_type_t *t = rt_obj_get_type(base);
    if (t->attr != NULL) {
        t->attr(base, attr, dest);
        if (dest[0] != RT_OBJ_NULL) {
            return;
        }
    }
    if (t->flags & RT_TYPE_FLAG_INSTANCE) {
        return; // instance_attr already searched the class
    }
    if (attr == RT_QSTR___class__) {
        dest[0] = (rt_obj_t)t;
        return;
    }
    const rt_type_t *found = NULL;
    rt_obj_t member = rt_type_lookup_attr(t, attr, &found);
    if (member != RT_OBJ_NULL) {
        rt_convert_member_lookup(base, t, member, dest);
    }
}

void rt_load_method(rt_obj_t base, rt_qstr_t attr, rt_obj_t *dest) {
    rt_load_method_maybe(base, attr, dest);
    if (dest[0] == RT_OBJ_NULL) {
        if (is_type(base)) {
            rt_raise_fmt(&rt_type_AttributeError, "type object '%q' has no attribute '%q'",
                         ((rt_type_t *)base)->name, attr);
        }
        rt_raise_fmt(&rt_type_AttributeError, "'%T' object has no attribute '%q'", base, attr);
    }
}

rt_obj_t rt_load_attr_maybe(rt_obj_t base, rt_qstr_t attr) {
    rt_obj_t dest[2];
    rt_load_method_maybe(base, attr, dest);
    if (dest[1] != RT_OBJ_NULL) {
        return rt_bound_meth_new(dest[0], dest[1]);
    }
    return dest[0];
}

rt_obj_t rt_load_attr(rt_obj_t base, rt_qstr_t attr) {
    rt_obj_t dest[2];
    rt_load_method(base, attr, dest);
    if (dest[1] != RT_OBJ_NULL) {
        return rt_bound_meth_new(dest[0], dest[1]);
    }
    return dest[0];
}

void rt_store_attr(rt_obj_t base, rt_qstr_t attr, rt_obj_t value) {
    const rt_type_t *t = rt_obj_get_type(base);
    if (t->attr != NULL) {
        rt_obj_t dest[2] = {RT_OBJ_SENTINEL, value};
        t->attr(base, attr, dest);
        if (dest[0] == RT_OBJ_NULL) {
            return;
        }
    }
    rt_raise_fmt(&rt_type_AttributeError, "'%T' object has no attribute '%q'", base, attr);
}

// ---------------------------------------------------------------------------------------------
// Iteration

rt_obj_t rt_getiter(rt_obj_t o, rt_obj_iter_buf_t *iter_buf) {
    const rt_type_t *t = rt_obj_get_type(o);
    if (t->flags & RT_TYPE_FLAG_ITER_IS_SELF) {
        return o;
    }
    if (t->getiter != NULL) {
        rt_obj_t it = t->getiter(o, iter_buf);
        if (it != RT_OBJ_NULL) {
            return it;
        }
    }
    rt_raise_fmt(&rt_type_TypeError, "'%q' object isn't iterable", t->name);
}

// __next__ of a user class, with a StopIteration it raises turned into exhaustion.
static rt_obj_t iternext_catching(const rt_type_t *t, rt_obj_t it) {
    rt_nlr_buf_t nlr;
    if (rt_nlr_push(&nlr) == 0) {
        rt_obj_t r = t->iternext(it);
        rt_nlr_pop();
        return r;
    }
    if (rt_exception_match(nlr.ret_val, &rt_type_StopIteration)) {
        return RT_OBJ_STOP_ITERATION;
    }
    rt_raise(nlr.ret_val);
}

static rt_obj_t iternext(rt_obj_t it, bool allow_raise) {
    const rt_type_t *t = rt_obj_get_type(it);
    if (t->iternext == NULL) {
        rt_raise_fmt(&rt_type_TypeError, "'%q' object isn't an iterator", t->name);
    }
    if (!allow_raise && (t->flags & RT_TYPE_FLAG_INSTANCE)) {
        return iternext_catching(t, it);
    }
    return t->iternext(it);
}

rt_obj_t rt_iternext(rt_obj_t it) {
    return iternext(it, false);
}

rt_obj_t rt_iternext_allow_raise(rt_obj_t it) {
    return iternext(it, true);
}

// ---------------------------------------------------------------------------------------------
// Calls

rt_obj_t rt_call_function_n_kw(rt_obj_t fun, size_t n_args, size_t n_kw, const rt_obj_t *args) {
    const rt_type_t *t = rt_obj_get_type(fun);
    if (t->call == NULL) {
        rt_raise_fmt(&rt_type_TypeError, "'%q' object isn't callable", t->name);
    }
    return t->call(fun, n_args, n_kw, args);
}

rt_obj_t rt_call_function_0(rt_obj_t fun) {
    return rt_call_function_n_kw(fun, 0, 0, NULL);
}

rt_obj_t rt_call_function_1(rt_obj_t fun, rt_obj_t a) {
    return rt_call_function_n_kw(fun, 1, 0, &a);
}

rt_obj_t rt_call_function_2(rt_obj_t fun, rt_obj_t a, rt_obj_t b) {
    rt_obj_t args[2] = {a, b};
    return rt_call_function_n_kw(fun, 2, 0, args);
}

rt_obj_t rt_call_method_n_kw(size_t n_args, size_t n_kw, const rt_obj_t *args) {
    if (args[1] == RT_OBJ_NULL) {
        return rt_call_function_n_kw(args[0], n_args, n_kw, args + 2);
    }
    return rt_call_function_n_kw(args[0], n_args + 1, n_kw, args + 1);
}

// A growable argument array for the _VAR_KW call forms.
typedef struct arg_buf {
    rt_obj_t *items;
    size_t len, alloc;
} arg_buf;

static void arg_push(arg_buf *b, rt_obj_t o) {
    if (b->len == b->alloc) {
        size_t alloc = b->alloc * 2 + 8;
        b->items = rt_gc_realloc(b->items, alloc * sizeof(rt_obj_t), true);
        b->alloc = alloc;
    }
    b->items[b->len++] = o;
}

rt_obj_t rt_call_method_n_kw_var(bool is_method, size_t n_args_kw, const rt_obj_t *args) {
    size_t n_args = n_args_kw & 0xff;
    size_t n_kw = (n_args_kw >> 8) & 0xff;
    rt_obj_t fun = args[0];
    rt_obj_t self = RT_OBJ_NULL;
    if (is_method) {
        self = args[1];
        args += 2;
    } else {
        args += 1;
    }
    rt_obj_t star_bits_obj = args[n_args + 2 * n_kw];
    rt_uint_t star_bits = (rt_uint_t)RT_OBJ_SMALL_INT_VALUE(star_bits_obj);
    arg_buf pos = {NULL, 0, 0}, kw = {NULL, 0, 0};
    if (self != RT_OBJ_NULL) {
        arg_push(&pos, self);
    }
    for (size_t i = 0; i < n_args; i++) {
        rt_obj_t a = args[i];
        if (i < RT_WORD_BITS - 1 && (star_bits >> i) & 1) {
            size_t n;
            rt_obj_t *items;
            if (rt_obj_get_array(a, &n, &items)) {
                for (size_t j = 0; j < n; j++) {
                    arg_push(&pos, items[j]);
                }
            } else {
                rt_obj_iter_buf_t buf;
                rt_obj_t it = rt_getiter(a, &buf);
                rt_obj_t item;
                while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
                    arg_push(&pos, item);
                }
            }
        } else {
            arg_push(&pos, a);
        }
    }
    const rt_obj_t *kwa = args + n_args;
    for (size_t i = 0; i < n_kw; i++) {
        rt_obj_t key = kwa[2 * i], value = kwa[2 * i + 1];
        if (key != RT_OBJ_NULL) {
            arg_push(&kw, key);
            arg_push(&kw, value);
            continue;
        }
        // **mapping
        if (RT_OBJ_IS_PTR(value) && value != NULL &&
            rt_type_is_subclass(rt_obj_get_type(value), &rt_type_dict)) {
            rt_map_t *map = rt_dict_map(value);
            for (size_t j = 0; j < map->alloc; j++) {
                if (rt_map_slot_is_filled(map, j)) {
                    rt_obj_t k = map->table[j].key;
                    if (!rt_obj_is_str(k)) {
                        rt_raise_msg(&rt_type_TypeError, "keywords must be strings");
                    }
                    arg_push(&kw, RT_OBJ_NEW_QSTR(rt_obj_str_get_qstr(k)));
                    arg_push(&kw, map->table[j].value);
                }
            }
        } else {
            rt_obj_t dest[2];
            rt_load_method(value, RT_QSTR_keys, dest);
            rt_obj_t it = rt_getiter(rt_call_method_n_kw(0, 0, dest), NULL);
            rt_obj_t k;
            while ((k = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
                if (!rt_obj_is_str(k)) {
                    rt_raise_msg(&rt_type_TypeError, "keywords must be strings");
                }
                arg_push(&kw, RT_OBJ_NEW_QSTR(rt_obj_str_get_qstr(k)));
                arg_push(&kw, rt_subscr(value, k, RT_OBJ_SENTINEL));
            }
        }
    }
    // Each push may collect; the keyword buffer must stay reachable until the last copy.
    for (size_t i = 0; i < kw.len; i++) {
        arg_push(&pos, kw.items[i]);
    }
    RT_GC_KEEP(kw.items);
    // The callee may walk the arguments with a cursor that ends one past the last one while it
    // allocates (the tail call drops pos.items): a spare slot keeps that address inside.
    arg_push(&pos, RT_OBJ_NULL);
    pos.len--;
    size_t np = pos.len - kw.len;
    return rt_call_function_n_kw(fun, np, kw.len / 2, pos.items);
}

void rt_arg_check_num(size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool takes_kw) {
    if (n_kw > 0 && !takes_kw) {
        rt_raise_msg(&rt_type_TypeError, "function doesn't take keyword arguments");
    }
    if (n_min == n_max) {
        if (n_args != n_min) {
            rt_raise_fmt(&rt_type_TypeError,
                         "function takes %d positional arguments but %d were given", (int)n_min,
                         (int)n_args);
        }
    } else if (n_args < n_min) {
        rt_raise_fmt(&rt_type_TypeError, "function missing %d required positional arguments",
                     (int)(n_min - n_args));
    } else if (n_args > n_max) {
        rt_raise_fmt(&rt_type_TypeError, "function expected at most %d arguments, got %d",
                     (int)n_max, (int)n_args);
    }
}

// ---------------------------------------------------------------------------------------------
// Names

static RT_NORETURN void name_error(rt_qstr_t q) {
    rt_raise_fmt(&rt_type_NameError, "name '%q' isn't defined", q);
}

static rt_obj_t lookup_builtin(rt_qstr_t q) {
    rt_map_elem_t *e =
        rt_map_lookup(&rt_state.roots.builtins->map, RT_OBJ_NEW_QSTR(q), RT_MAP_LOOKUP);
    return e ? e->value : RT_OBJ_NULL;
}

rt_obj_t rt_load_global(rt_qstr_t q) {
    rt_map_elem_t *e =
        rt_map_lookup(&rt_state.roots.globals->map, RT_OBJ_NEW_QSTR(q), RT_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    rt_obj_t b = lookup_builtin(q);
    if (b == RT_OBJ_NULL) {
        name_error(q);
    }
    return b;
}

rt_obj_t rt_load_name(rt_qstr_t q) {
    if (rt_state.roots.locals != rt_state.roots.globals) {
        rt_map_elem_t *e =
            rt_map_lookup(&rt_state.roots.locals->map, RT_OBJ_NEW_QSTR(q), RT_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    return rt_load_global(q);
}

void rt_store_name(rt_qstr_t q, rt_obj_t value) {
    rt_dict_store(rt_state.roots.locals, RT_OBJ_NEW_QSTR(q), value);
}

void rt_store_global(rt_qstr_t q, rt_obj_t value) {
    rt_dict_store(rt_state.roots.globals, RT_OBJ_NEW_QSTR(q), value);
}

void rt_delete_name(rt_qstr_t q) {
    rt_dict_delete(rt_state.roots.locals, RT_OBJ_NEW_QSTR(q));
}

void rt_delete_global(rt_qstr_t q) {
    rt_dict_delete(rt_state.roots.globals, RT_OBJ_NEW_QSTR(q));
}

rt_obj_t rt_load_build_class(void) {
    return rt_load_global(RT_QSTR___build_class__);
}

// ---------------------------------------------------------------------------------------------
// Unpacking

static RT_NORETURN void too_few(size_t n) {
    rt_raise_fmt(&rt_type_ValueError, "need more than %d values to unpack", (int)n);
}

static RT_NORETURN void too_many(size_t n) {
    rt_raise_fmt(&rt_type_ValueError, "too many values to unpack (expected %d)", (int)n);
}

void rt_unpack_sequence(rt_obj_t seq, size_t n, rt_obj_t *items) {
    size_t len;
    rt_obj_t *src;
    if (RT_OBJ_IS_PTR(seq) && seq != NULL &&
        (rt_obj_is_type(seq, &rt_type_tuple) || rt_obj_is_type(seq, &rt_type_list))) {
        rt_obj_get_array(seq, &len, &src);
        if (len < n) {
            too_few(len);
        }
        if (len > n) {
            too_many(n);
        }
        for (size_t i = 0; i < n; i++) {
            items[i] = src[n - 1 - i];
        }
        return;
    }
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(seq, &buf);
    for (size_t i = 0; i < n; i++) {
        rt_obj_t item = rt_iternext(it);
        if (item == RT_OBJ_STOP_ITERATION) {
            too_few(i);
        }
        items[n - 1 - i] = item;
    }
    if (rt_iternext(it) != RT_OBJ_STOP_ITERATION) {
        too_many(n);
    }
}

void rt_unpack_ex(rt_obj_t seq, size_t n_left_right, rt_obj_t *items) {
    size_t n_left = n_left_right & 0xff;
    size_t n_right = (n_left_right >> 8) & 0xff;
    // Collect everything into a list, then split it.
    rt_obj_t list = rt_list_new(0, NULL);
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(seq, &buf);
    rt_obj_t item;
    while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        rt_list_append(list, item);
    }
    size_t len;
    rt_obj_t *src;
    rt_list_get(list, &len, &src);
    if (len < n_left + n_right) {
        too_few(len);
    }
    // Stack order, top first: left items (first on top), the middle list, right items.
    for (size_t i = 0; i < n_left; i++) {
        items[n_left + n_right - i] = src[i];
    }
    for (size_t i = 0; i < n_right; i++) {
        items[n_right - 1 - i] = src[len - n_right + i];
    }
    rt_obj_t middle = rt_list_new(len - n_left - n_right, src + n_left);
    items[n_right] = middle;
}
