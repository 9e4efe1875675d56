// Classes: the `type` and `object` types, instances of user classes (whose slots look up the
// special methods), subclasses of built-in types (the built-in part lives in subobj[0]),
// super(), staticmethod, classmethod, property and __build_class__. Attribute search is
// depth-first, left to right over the bases, as in stock MicroPython.
#include <string.h>

#include "bc.h"
#include "nlr.h"
#include "rt_internal.h"
#include "runtime.h"
#include "state.h"

static bool is_type_obj(rt_obj_t o) {
    return RT_OBJ_IS_PTR(o) && o != NULL && rt_type_is_subclass(rt_obj_get_type(o), &rt_type_type);
}

static bool is_instance_type(const rt_type_t *t) {
    return (t->flags & RT_TYPE_FLAG_INSTANCE) != 0;
}

const rt_type_t *rt_type_native_base(const rt_type_t *t) {
    while (t != NULL && is_instance_type(t)) {
        if (t->bases != NULL) {
            size_t n;
            rt_obj_t *items;
            rt_tuple_get(t->bases, &n, &items);
            for (size_t i = 0; i < n; i++) {
                const rt_type_t *b = rt_type_native_base(items[i]);
                if (b != NULL) {
                    return b;
                }
            }
            return NULL;
        }
        t = t->base_type;
    }
    return t == &rt_type_object ? NULL : t;
}

rt_map_t *rt_obj_instance_members(rt_obj_t o) {
    if (!RT_OBJ_IS_PTR(o) || o == NULL || !is_instance_type(rt_obj_get_type(o))) {
        return NULL;
    }
    return &((rt_obj_instance_t *)o)->members;
}

// Looks `attr` up on the class of `self` (a user-class instance) and binds it to self. A
// member found on a built-in base binds to the built-in part of self.
static bool class_lookup(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    const rt_type_t *t = rt_obj_get_type(self);
    const rt_type_t *owner = NULL;
    rt_obj_t member = rt_type_lookup_attr(t, attr, &owner);
    if (member == RT_OBJ_NULL) {
        return false;
    }
    rt_obj_t bind = self;
    if (!is_instance_type(owner) && owner != &rt_type_object &&
        !(owner->flags & RT_TYPE_FLAG_EXCEPTION) && rt_type_native_base(t) != NULL) {
        bind = ((rt_obj_instance_t *)self)->subobj[0];
    }
    rt_convert_member_lookup(bind, t, member, dest);
    return true;
}

// A method defined in a user class (not inherited from object or a built-in base), for the
// special methods that the instance slots call.
static rt_obj_t user_member(const rt_type_t *t, rt_qstr_t attr) {
    const rt_type_t *owner = NULL;
    rt_obj_t member = rt_type_lookup_attr(t, attr, &owner);
    if (member == RT_OBJ_NULL || !is_instance_type(owner)) {
        return RT_OBJ_NULL;
    }
    return member;
}

bool rt_type_lookup_special(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    dest[0] = dest[1] = RT_OBJ_NULL;
    const rt_type_t *t = rt_obj_get_type(self);
    if (!is_instance_type(t)) {
        rt_load_method_maybe(self, attr, dest);
        return dest[0] != RT_OBJ_NULL;
    }
    rt_obj_t member = user_member(t, attr);
    if (member == RT_OBJ_NULL) {
        return false;
    }
    rt_convert_member_lookup(self, t, member, dest);
    return true;
}

// Calls a special method found with rt_type_lookup_special on 0, 1 or 2 arguments.
static rt_obj_t call_special(rt_obj_t *meth, size_t n, rt_obj_t a, rt_obj_t b) {
    rt_obj_t args[4] = {meth[0], meth[1], a, b};
    return rt_call_method_n_kw(n, 0, args);
}

static rt_obj_t native_subobj(rt_obj_t self) {
    return ((rt_obj_instance_t *)self)->subobj[0];
}

// ---------------------------------------------------------------------------------------------
// Instance slots

static rt_obj_t instance_new(const rt_type_t *type) {
    const rt_type_t *nb = rt_type_native_base(type);
    rt_obj_instance_t *o = RT_NEW_VAR(rt_obj_instance_t, rt_obj_t, nb != NULL ? 1 : 0);
    o->base.type = type;
    rt_map_init(&o->members, 0);
    return o;
}

static rt_obj_t instance_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                                  const rt_obj_t *args) {
    const rt_type_t *nb = rt_type_native_base(type);
    rt_obj_t o;
    rt_obj_t new_fn = user_member(type, RT_QSTR___new__);
    if (new_fn != RT_OBJ_NULL && rt_obj_get_type(new_fn) == &rt_type_staticmethod) {
        new_fn = ((rt_obj_static_class_method_t *)new_fn)->fun;
    }
    if (new_fn != RT_OBJ_NULL) {
        // A user __new__(cls, ...).
        size_t total = 1 + n_args + 2 * n_kw;
        rt_obj_t *all = RT_NEW_ARRAY(rt_obj_t, total);
        all[0] = (rt_obj_t)type;
        rt_copy_objs(all + 1, args, n_args + 2 * n_kw);
        o = rt_call_function_n_kw(new_fn, n_args + 1, n_kw, all);
        if (!rt_type_is_subclass(rt_obj_get_type(o), type)) {
            return o;
        }
    } else {
        o = instance_new(type);
        if (nb != NULL) {
            bool user_init = user_member(type, RT_QSTR___init__) != RT_OBJ_NULL;
            if (!user_init || (nb->flags & RT_TYPE_FLAG_EXCEPTION)) {
                ((rt_obj_instance_t *)o)->subobj[0] = nb->make_new(nb, n_args, n_kw, args);
            } else {
                ((rt_obj_instance_t *)o)->subobj[0] = nb->make_new(nb, 0, 0, NULL);
            }
        }
    }
    rt_obj_t init[2];
    if (rt_type_lookup_special(o, RT_QSTR___init__, init)) {
        size_t total = 2 + n_args + 2 * n_kw;
        rt_obj_t *all = RT_NEW_ARRAY(rt_obj_t, total);
        all[0] = init[0];
        all[1] = init[1];
        rt_copy_objs(all + 2, args, n_args + 2 * n_kw);
        rt_obj_t r = rt_call_method_n_kw(n_args, n_kw, all);
        if (r != RT_CONST_NONE) {
            rt_raise_msg(&rt_type_TypeError, "__init__() should return None");
        }
    } else if (nb == NULL && (n_args > 0 || n_kw > 0) && new_fn == RT_OBJ_NULL) {
        rt_raise_msg(&rt_type_TypeError, "function takes 0 positional arguments but 1 were given");
    }
    return o;
}

static void instance_print(const rt_print_t *p, rt_obj_t self, rt_print_kind_t kind) {
    rt_obj_t meth[2];
    const rt_type_t *t = rt_obj_get_type(self);
    const rt_type_t *nb = rt_type_native_base(t);
    bool native_obj = nb != NULL && !(nb->flags & RT_TYPE_FLAG_EXCEPTION);
    bool found = false;
    if (kind != RT_PRINT_REPR) {
        found = rt_type_lookup_special(self, RT_QSTR___str__, meth);
    }
    // Stock: str() of a built-in subclass without __str__ prints the built-in part.
    if (!found && !(kind != RT_PRINT_REPR && native_obj)) {
        found = rt_type_lookup_special(self, RT_QSTR___repr__, meth);
    }
    if (found) {
        rt_obj_t r = call_special(meth, 0, RT_OBJ_NULL, RT_OBJ_NULL);
        if (kind == RT_PRINT_EXC) {
            rt_printf(p, "%q", t->name);
            size_t len = 0;
            if (rt_str_bytes(r, &len) == NULL || len > 0) {
                rt_print_str(p, ": ");
            }
        }
        rt_obj_print(p, r, RT_PRINT_STR);
        return;
    }
    if (nb != NULL && nb->print != NULL) {
        nb->print(p, native_obj ? native_subobj(self) : self, kind);
        return;
    }
    rt_printf(p, "<%q object at %p>", t->name, self);
}

static rt_obj_t instance_unary_op(rt_unary_op_t op, rt_obj_t self) {
    rt_qstr_t name = rt_unary_op_method_name[op];
    rt_obj_t meth[2];
    if (name != RT_QSTR_NULL && rt_type_lookup_special(self, name, meth)) {
        rt_obj_t r = call_special(meth, 0, RT_OBJ_NULL, RT_OBJ_NULL);
        switch (op) {
            case RT_UNARY_OP_BOOL:
                return RT_BOOL(r == RT_CONST_TRUE); // stock: only True itself is true
            case RT_UNARY_OP_HASH:
                return RT_OBJ_NEW_SMALL_INT(rt_obj_get_int(r));
            case RT_UNARY_OP_LEN:
                if (!rt_obj_is_int(r)) {
                    rt_raise_fmt(&rt_type_TypeError,
                                 "'%T' object cannot be interpreted as an integer", r);
                }
                return r;
            default:
                return r;
        }
    }
    const rt_type_t *nb = rt_type_native_base(rt_obj_get_type(self));
    if (nb != NULL && nb->unary_op != NULL && !(nb->flags & RT_TYPE_FLAG_EXCEPTION)) {
        return nb->unary_op(op, native_subobj(self));
    }
    if (op == RT_UNARY_OP_HASH) {
        if (rt_type_lookup_special(self, RT_QSTR___eq__, meth)) {
            rt_raise_fmt(&rt_type_TypeError, "unsupported type for __hash__: '%T'", self);
        }
        return RT_OBJ_NEW_SMALL_INT((rt_int_t)((uintptr_t)self >> 3) & RT_SMALL_INT_MAX);
    }
    return RT_OBJ_NULL;
}

static rt_obj_t instance_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    rt_qstr_t name = rt_binary_op_method_name[op];
    rt_obj_t meth[2];
    if (name != RT_QSTR_NULL && rt_type_lookup_special(lhs, name, meth)) {
        rt_obj_t r = call_special(meth, 1, rhs, RT_OBJ_NULL);
        if (r == RT_CONST_NOTIMPLEMENTED) {
            return RT_OBJ_NULL;
        }
        if (op == RT_BINARY_OP_CONTAINS) {
            return RT_BOOL(rt_obj_is_true(r));
        }
        return r;
    }
    // The built-in part answers plain operators only, and only with a built-in operand.
    const rt_type_t *nb = rt_type_native_base(rt_obj_get_type(lhs));
    if (nb != NULL && nb->binary_op != NULL && !(nb->flags & RT_TYPE_FLAG_EXCEPTION) &&
        op < RT_BINARY_OP_REVERSE_OR) {
        if (RT_OBJ_IS_PTR(rhs) && rhs != NULL && is_instance_type(rt_obj_get_type(rhs))) {
            return RT_OBJ_NULL;
        }
        return nb->binary_op(op, native_subobj(lhs), rhs);
    }
    return RT_OBJ_NULL;
}

// Stores or deletes through a data descriptor (property or an object with __set__) found on
// the class; false if there is none.
static bool store_descriptor(rt_obj_t self, rt_qstr_t attr, rt_obj_t value) {
    rt_obj_t member = rt_type_lookup_attr(rt_obj_get_type(self), attr, NULL);
    if (member == RT_OBJ_NULL || !RT_OBJ_IS_PTR(member)) {
        return false;
    }
    const rt_type_t *mt = rt_obj_get_type(member);
    if (mt == &rt_type_property) {
        rt_obj_t *prop = member;
        rt_obj_t fn = value == RT_OBJ_NULL ? prop[3] : prop[2];
        if (fn == RT_CONST_NONE) {
            rt_raise_msg(&rt_type_AttributeError,
                         value == RT_OBJ_NULL ? "can't delete attribute" : "can't set attribute");
        }
        if (value == RT_OBJ_NULL) {
            rt_call_function_1(fn, self);
        } else {
            rt_call_function_2(fn, self, value);
        }
        return true;
    }
    if (is_instance_type(mt)) {
        rt_obj_t meth[2];
        if (value != RT_OBJ_NULL && rt_type_lookup_special(member, RT_QSTR___set__, meth)) {
            call_special(meth, 2, self, value);
            return true;
        }
        if (value == RT_OBJ_NULL && rt_type_lookup_special(member, RT_QSTR___delete__, meth)) {
            call_special(meth, 1, self, RT_OBJ_NULL);
            return true;
        }
    }
    return false;
}

static void instance_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    rt_obj_instance_t *o = self;
    if (dest[0] == RT_OBJ_NULL) {
        // Load.
        rt_map_elem_t *e = rt_map_lookup(&o->members, RT_OBJ_NEW_QSTR(attr), RT_MAP_LOOKUP);
        if (e != NULL) {
            dest[0] = e->value;
            return;
        }
        if (class_lookup(self, attr, dest)) {
            return;
        }
        if (attr == RT_QSTR___class__) {
            dest[0] = (rt_obj_t)o->base.type;
            return;
        }
        if (attr == RT_QSTR___dict__) {
            rt_obj_dict_t *d = RT_NEW(rt_obj_dict_t);
            d->base.type = &rt_type_dict;
            d->map = o->members; // a view sharing the table
            dest[0] = d;
            return;
        }
        const rt_type_t *nb = rt_type_native_base(o->base.type);
        if (nb != NULL && !(nb->flags & RT_TYPE_FLAG_EXCEPTION)) {
            rt_load_method_maybe(native_subobj(self), attr, dest);
            if (dest[0] != RT_OBJ_NULL) {
                return;
            }
        } else if (nb != NULL && nb->attr != NULL) {
            nb->attr(self, attr, dest);
            if (dest[0] != RT_OBJ_NULL) {
                return;
            }
        }
        rt_obj_t getattr = user_member(o->base.type, RT_QSTR___getattr__);
        if (getattr != RT_OBJ_NULL && attr != RT_QSTR___getattr__) {
            rt_obj_t meth[2];
            rt_convert_member_lookup(self, o->base.type, getattr, meth);
            dest[0] = call_special(meth, 1, RT_OBJ_NEW_QSTR(attr), RT_OBJ_NULL);
        }
        return;
    }
    // Store or delete.
    rt_obj_t value = dest[1];
    if (store_descriptor(self, attr, value)) {
        dest[0] = RT_OBJ_NULL;
        return;
    }
    rt_qstr_t hook = value == RT_OBJ_NULL ? RT_QSTR___delattr__ : RT_QSTR___setattr__;
    rt_obj_t meth[2];
    if (rt_type_lookup_special(self, hook, meth)) {
        call_special(meth, value == RT_OBJ_NULL ? 1 : 2, RT_OBJ_NEW_QSTR(attr), value);
        dest[0] = RT_OBJ_NULL;
        return;
    }
    if (value == RT_OBJ_NULL) {
        if (rt_map_lookup(&o->members, RT_OBJ_NEW_QSTR(attr), RT_MAP_LOOKUP_REMOVE_IF_FOUND) ==
            NULL) {
            return; // AttributeError from the caller
        }
    } else {
        rt_map_lookup(&o->members, RT_OBJ_NEW_QSTR(attr), RT_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value =
            value;
    }
    dest[0] = RT_OBJ_NULL;
}

static rt_obj_t instance_subscr(rt_obj_t self, rt_obj_t index, rt_obj_t value) {
    rt_obj_t meth[2];
    if (value == RT_OBJ_SENTINEL) {
        if (rt_type_lookup_special(self, RT_QSTR___getitem__, meth)) {
            return call_special(meth, 1, index, RT_OBJ_NULL);
        }
    } else if (value == RT_OBJ_NULL) {
        if (rt_type_lookup_special(self, RT_QSTR___delitem__, meth)) {
            call_special(meth, 1, index, RT_OBJ_NULL);
            return RT_CONST_NONE;
        }
    } else if (rt_type_lookup_special(self, RT_QSTR___setitem__, meth)) {
        call_special(meth, 2, index, value);
        return RT_CONST_NONE;
    }
    const rt_type_t *nb = rt_type_native_base(rt_obj_get_type(self));
    if (nb != NULL && nb->subscr != NULL) {
        return nb->subscr(native_subobj(self), index, value);
    }
    return RT_OBJ_NULL;
}

static rt_obj_t instance_call(rt_obj_t self, size_t n_args, size_t n_kw, const rt_obj_t *args) {
    rt_obj_t meth[2];
    if (!rt_type_lookup_special(self, RT_QSTR___call__, meth)) {
        rt_raise_fmt(&rt_type_TypeError, "'%T' object isn't callable", self);
    }
    size_t total = 2 + n_args + 2 * n_kw;
    rt_obj_t *all = RT_NEW_ARRAY(rt_obj_t, total);
    all[0] = meth[0];
    all[1] = meth[1];
    rt_copy_objs(all + 2, args, n_args + 2 * n_kw);
    return rt_call_method_n_kw(n_args, n_kw, all);
}

static rt_obj_t instance_getiter(rt_obj_t self, rt_obj_iter_buf_t *iter_buf) {
    rt_obj_t meth[2];
    if (rt_type_lookup_special(self, RT_QSTR___iter__, meth)) {
        return call_special(meth, 0, RT_OBJ_NULL, RT_OBJ_NULL);
    }
    if (rt_type_lookup_special(self, RT_QSTR___getitem__, meth)) {
        return rt_getitem_iter_new(self, NULL);
    }
    const rt_type_t *nb = rt_type_native_base(rt_obj_get_type(self));
    if (nb != NULL && nb->getiter != NULL) {
        return rt_getiter(native_subobj(self), iter_buf);
    }
    return RT_OBJ_NULL;
}

static rt_obj_t instance_iternext(rt_obj_t self) {
    rt_obj_t meth[2];
    if (rt_type_lookup_special(self, RT_QSTR___next__, meth)) {
        return call_special(meth, 0, RT_OBJ_NULL, RT_OBJ_NULL);
    }
    const rt_type_t *nb = rt_type_native_base(rt_obj_get_type(self));
    if (nb != NULL && nb->iternext != NULL) {
        return nb->iternext(native_subobj(self));
    }
    rt_raise_fmt(&rt_type_TypeError, "'%T' object isn't an iterator", self);
}

// ---------------------------------------------------------------------------------------------
// type

static void type_print(const rt_print_t *p, rt_obj_t self, rt_print_kind_t kind) {
    rt_printf(p, "<class '%q'>", ((rt_type_t *)self)->name);
}

static rt_obj_t type_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                              const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 1, 3, false);
    if (n_args == 1) {
        return (rt_obj_t)rt_obj_get_type(args[0]);
    }
    if (n_args != 3) {
        rt_raise_msg(&rt_type_TypeError, "type takes 1 or 3 arguments");
    }
    return rt_type_new(rt_obj_str_get_qstr(args[0]), args[1], args[2]);
}

static rt_obj_t type_call(rt_obj_t self, size_t n_args, size_t n_kw, const rt_obj_t *args) {
    const rt_type_t *t = self;
    if (t->make_new == NULL) {
        rt_raise_fmt(&rt_type_TypeError, "cannot create '%q' instances", t->name);
    }
    return t->make_new(t, n_args, n_kw, args);
}

static void type_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    rt_type_t *t = self;
    if (dest[0] == RT_OBJ_NULL) {
        if (attr == RT_QSTR___name__) {
            dest[0] = RT_OBJ_NEW_QSTR(t->name);
            return;
        }
        if (attr == RT_QSTR___bases__) {
            if (t->bases != NULL) {
                dest[0] = t->bases;
            } else if (t->base_type != NULL) {
                rt_obj_t b = (rt_obj_t)t->base_type;
                dest[0] = rt_tuple_new(1, &b);
            } else {
                dest[0] = RT_CONST_EMPTY_TUPLE;
            }
            return;
        }
        rt_obj_t member = rt_type_lookup_attr(t, attr, NULL);
        if (member != RT_OBJ_NULL) {
            if (RT_OBJ_IS_PTR(member) && member != NULL) {
                const rt_type_t *mt = rt_obj_get_type(member);
                if (mt == &rt_type_staticmethod) {
                    dest[0] = ((rt_obj_static_class_method_t *)member)->fun;
                    return;
                }
                if (mt == &rt_type_classmethod) {
                    dest[0] = ((rt_obj_static_class_method_t *)member)->fun;
                    dest[1] = self;
                    return;
                }
            }
            dest[0] = member;
            return;
        }
        if (attr == RT_QSTR___dict__ && t->locals_dict != NULL) {
            dest[0] = t->locals_dict;
        }
        return;
    }
    // Store or delete a class attribute (user classes only).
    if (!is_instance_type(t) || t->locals_dict == NULL) {
        return;
    }
    if (dest[1] == RT_OBJ_NULL) {
        if (rt_map_lookup(&t->locals_dict->map, RT_OBJ_NEW_QSTR(attr),
                          RT_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            return;
        }
    } else {
        rt_dict_store(t->locals_dict, RT_OBJ_NEW_QSTR(attr), dest[1]);
    }
    dest[0] = RT_OBJ_NULL;
}

static rt_obj_t type_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    if (op == RT_BINARY_OP_EQUAL) {
        return RT_BOOL(lhs == rhs);
    }
    return RT_OBJ_NULL;
}

static rt_obj_t type_unary_op(rt_unary_op_t op, rt_obj_t self) {
    if (op == RT_UNARY_OP_HASH) {
        return RT_OBJ_NEW_SMALL_INT((rt_int_t)((uintptr_t)self >> 3) & RT_SMALL_INT_MAX);
    }
    return RT_OBJ_NULL;
}

const rt_type_t rt_type_type = {
    .base = {&rt_type_type},
    .name = RT_QSTR_type,
    .make_new = type_make_new,
    .print = type_print,
    .call = type_call,
    .attr = type_attr,
    .unary_op = type_unary_op,
    .binary_op = type_binary_op,
    .base_type = &rt_type_object,
};

rt_obj_t rt_type_new(rt_qstr_t name, rt_obj_t bases, rt_obj_t dict) {
    if (!rt_obj_is_type(bases, &rt_type_tuple)) {
        rt_raise_msg(&rt_type_TypeError, "type() argument 2 must be a tuple");
    }
    if (!RT_OBJ_IS_PTR(dict) || dict == NULL ||
        !rt_type_is_subclass(rt_obj_get_type(dict), &rt_type_dict)) {
        rt_raise_msg(&rt_type_TypeError, "type() argument 3 must be a dict");
    }
    size_t n;
    rt_obj_t *items;
    rt_tuple_get(bases, &n, &items);
    uint16_t flags = RT_TYPE_FLAG_INSTANCE | RT_TYPE_FLAG_EQ_CHECKS_OTHER;
    const rt_type_t *native = NULL;
    for (size_t i = 0; i < n; i++) {
        if (!is_type_obj(items[i])) {
            rt_raise_msg(&rt_type_TypeError, "bases must be types");
        }
        const rt_type_t *b = items[i];
        if (!is_instance_type(b) && b->make_new == NULL && b != &rt_type_object) {
            rt_raise_fmt(&rt_type_TypeError, "type '%q' is not an acceptable base type", b->name);
        }
        flags |= b->flags & RT_TYPE_FLAG_EXCEPTION;
        const rt_type_t *nb = rt_type_native_base(b);
        if (nb != NULL) {
            if (native != NULL && native != nb) {
                rt_raise_msg(&rt_type_TypeError, "multiple bases have instance lay-out conflict");
            }
            native = nb;
        }
    }
    rt_map_t *map = rt_dict_map(dict);
    // __new__ is a static method even without the decorator.
    rt_map_elem_t *e = rt_map_lookup(map, RT_OBJ_NEW_QSTR(RT_QSTR___new__), RT_MAP_LOOKUP);
    if (e != NULL && rt_obj_get_type(e->value) != &rt_type_staticmethod &&
        rt_obj_is_type(e->value, &rt_type_fun_bc)) { // stock: not a closure
        rt_obj_static_class_method_t *sm = RT_NEW(rt_obj_static_class_method_t);
        sm->base.type = &rt_type_staticmethod;
        sm->fun = e->value;
        e->value = sm;
    }
    if (rt_map_lookup(map, RT_OBJ_NEW_QSTR(RT_QSTR___ne__), RT_MAP_LOOKUP) != NULL) {
        flags |= RT_TYPE_FLAG_EQ_HAS_NEQ_TEST;
    }
    rt_type_t *t = RT_NEW(rt_type_t);
    t->base.type = &rt_type_type;
    t->flags = flags;
    t->name = (uint16_t)name;
    t->make_new = instance_make_new;
    t->print = instance_print;
    t->call = instance_call;
    t->unary_op = instance_unary_op;
    t->binary_op = instance_binary_op;
    t->attr = instance_attr;
    t->subscr = instance_subscr;
    t->getiter = instance_getiter;
    t->iternext = instance_iternext;
    if (native != NULL) {
        t->buffer = native->buffer;
        t->protocol = native->protocol;
    }
    t->base_type = n == 0 ? &rt_type_object : (const rt_type_t *)items[0];
    t->bases = n >= 2 ? bases : RT_OBJ_NULL;
    t->locals_dict = dict;
    // __set_name__(owner, name) of the class attributes that have it.
    for (size_t i = 0; i < map->alloc; i++) {
        if (!rt_map_slot_is_filled(map, i)) {
            continue;
        }
        rt_obj_t v = map->table[i].value;
        if (RT_OBJ_IS_PTR(v) && v != NULL && is_instance_type(rt_obj_get_type(v))) {
            rt_obj_t meth[2];
            if (rt_type_lookup_special(v, RT_QSTR___set_name__, meth)) {
                call_special(meth, 2, t, map->table[i].key);
            }
        }
    }
    return t;
}

// ---------------------------------------------------------------------------------------------
// object

static rt_obj_t object_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                                const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 0, false);
    rt_obj_base_t *o = RT_NEW(rt_obj_base_t);
    o->type = type;
    return o;
}

static rt_obj_t object___init__(size_t n_args, const rt_obj_t *args) {
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_VAR(object___init___obj, 1, RT_FUN_ARGS_MAX, object___init__);

static rt_obj_t object___new__(size_t n_args, const rt_obj_t *args) {
    if (!is_type_obj(args[0]) || !is_instance_type(args[0])) {
        rt_raise_msg(&rt_type_TypeError, "arg must be user-type");
    }
    rt_obj_t o = instance_new(args[0]);
    const rt_type_t *nb = rt_type_native_base(args[0]);
    if (nb != NULL) {
        ((rt_obj_instance_t *)o)->subobj[0] = nb->make_new(nb, 0, 0, NULL);
    }
    return o;
}
static RT_DEFINE_FUN_VAR(object___new___fun, 1, RT_FUN_ARGS_MAX, object___new__);
static const rt_obj_static_class_method_t object___new___obj = {{&rt_type_staticmethod},
                                                                (rt_obj_t)&object___new___fun};

static rt_obj_t object___setattr__(rt_obj_t self, rt_obj_t attr, rt_obj_t value) {
    rt_map_t *m = rt_obj_instance_members(self);
    if (m == NULL) {
        rt_raise_msg(&rt_type_AttributeError, "object has no attributes to set");
    }
    rt_map_lookup(m, RT_OBJ_NEW_QSTR(rt_obj_str_get_qstr(attr)), RT_MAP_LOOKUP_ADD_IF_NOT_FOUND)
        ->value = value;
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_3(object___setattr___obj, object___setattr__);

static rt_obj_t object___delattr__(rt_obj_t self, rt_obj_t attr) {
    rt_map_t *m = rt_obj_instance_members(self);
    rt_qstr_t q = rt_obj_str_get_qstr(attr);
    if (m == NULL || rt_map_lookup(m, RT_OBJ_NEW_QSTR(q), RT_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
        rt_raise_fmt(&rt_type_AttributeError, "'%T' object has no attribute '%q'", self, q);
    }
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_2(object___delattr___obj, object___delattr__);

static const rt_map_elem_t object_locals_table[] = {
    {RT_ROM_QSTR(RT_QSTR___init__), RT_ROM_PTR(&object___init___obj)},
    {RT_ROM_QSTR(RT_QSTR___new__), RT_ROM_PTR(&object___new___obj)},
    {RT_ROM_QSTR(RT_QSTR___setattr__), RT_ROM_PTR(&object___setattr___obj)},
    {RT_ROM_QSTR(RT_QSTR___delattr__), RT_ROM_PTR(&object___delattr___obj)},
};
static RT_DEFINE_CONST_DICT(object_locals_dict, object_locals_table);

const rt_type_t rt_type_object = {
    .base = {&rt_type_type},
    .name = RT_QSTR_object,
    .make_new = object_make_new,
    .locals_dict = RT_CONST_DICT_PTR(&object_locals_dict),
};

// ---------------------------------------------------------------------------------------------
// super

typedef struct rt_obj_super {
    rt_obj_base_t base;
    const rt_type_t *type;
    rt_obj_t obj;
} rt_obj_super_t;

static rt_obj_t super_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                               const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 2, 2, false);
    if (!is_type_obj(args[0])) {
        rt_raise_msg(&rt_type_TypeError, "first argument to super() must be type");
    }
    rt_obj_super_t *s = RT_NEW(rt_obj_super_t);
    s->base.type = &rt_type_super;
    s->type = args[0];
    s->obj = args[1];
    return s;
}

static void super_print(const rt_print_t *p, rt_obj_t self, rt_print_kind_t kind) {
    rt_obj_super_t *s = self;
    rt_print_str(p, "<super: ");
    rt_obj_print(p, (rt_obj_t)s->type, RT_PRINT_STR);
    rt_print_str(p, ", ");
    rt_obj_print(p, s->obj, RT_PRINT_STR);
    rt_print_str(p, ">");
}

// A built-in base's __init__ through super(): rebuilds the built-in part from the arguments.
static rt_obj_t native_base_init(size_t n_args, const rt_obj_t *args, rt_map_t *kw) {
    rt_obj_t self = args[0];
    const rt_type_t *nb = rt_type_native_base(rt_obj_get_type(self));
    if (nb == NULL || kw->used > 0) {
        return RT_CONST_NONE;
    }
    ((rt_obj_instance_t *)self)->subobj[0] = nb->make_new(nb, n_args - 1, 0, args + 1);
    return RT_CONST_NONE;
}
static RT_DEFINE_FUN_KW(native_base_init_obj, 1, native_base_init);

static void super_lookup(const rt_type_t *cls, rt_obj_t obj, rt_qstr_t attr, rt_obj_t *dest) {
    dest[0] = dest[1] = RT_OBJ_NULL;
    // Search the bases of cls, depth-first, left to right.
    rt_obj_t member = RT_OBJ_NULL;
    const rt_type_t *owner = NULL;
    if (cls->bases != NULL) {
        size_t n;
        rt_obj_t *items;
        rt_tuple_get(cls->bases, &n, &items);
        for (size_t i = 0; i < n && member == RT_OBJ_NULL; i++) {
            member = rt_type_lookup_attr(items[i], attr, &owner);
        }
    } else if (cls->base_type != NULL) {
        member = rt_type_lookup_attr(cls->base_type, attr, &owner);
    }
    if (member == RT_OBJ_NULL) {
        member = rt_type_lookup_attr(&rt_type_object, attr, &owner);
    }
    if (member == RT_OBJ_NULL) {
        return;
    }
    const rt_type_t *nb = rt_type_native_base(rt_obj_get_type(obj));
    if (attr == RT_QSTR___init__ && nb != NULL && member == (rt_obj_t)&object___init___obj &&
        !(nb->flags & RT_TYPE_FLAG_EXCEPTION)) {
        dest[0] = (rt_obj_t)&native_base_init_obj;
        dest[1] = obj;
        return;
    }
    rt_obj_t bind = obj;
    if (nb != NULL && !is_instance_type(owner) && owner != &rt_type_object &&
        !(nb->flags & RT_TYPE_FLAG_EXCEPTION) && rt_obj_instance_members(obj) != NULL) {
        bind = native_subobj(obj);
    }
    rt_convert_member_lookup(bind, rt_obj_get_type(obj), member, dest);
}

static void super_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest) {
    if (dest[0] != RT_OBJ_NULL) {
        return;
    }
    rt_obj_super_t *s = self;
    rt_obj_t meth[2];
    super_lookup(s->type, s->obj, attr, meth);
    if (meth[0] == RT_OBJ_NULL) {
        return;
    }
    dest[0] = meth[1] != RT_OBJ_NULL ? rt_bound_meth_new(meth[0], meth[1]) : meth[0];
}

const rt_type_t rt_type_super = {
    .base = {&rt_type_type},
    .name = RT_QSTR_super,
    .make_new = super_make_new,
    .print = super_print,
    .attr = super_attr,
};

void rt_load_super_method(rt_qstr_t attr, rt_obj_t *dest) {
    if (!is_type_obj(dest[1])) {
        rt_raise_msg(&rt_type_TypeError, "first argument to super() must be type");
    }
    super_lookup(dest[1], dest[2], attr, dest);
    if (dest[0] == RT_OBJ_NULL) {
        rt_raise_fmt(&rt_type_AttributeError, "'super' object has no attribute '%q'", attr);
    }
}

// ---------------------------------------------------------------------------------------------
// staticmethod, classmethod, property

static rt_obj_t static_class_method_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                                             const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 1, 1, false);
    rt_obj_static_class_method_t *o = RT_NEW(rt_obj_static_class_method_t);
    o->base.type = type;
    o->fun = args[0];
    return o;
}

const rt_type_t rt_type_staticmethod = {
    .base = {&rt_type_type},
    .name = RT_QSTR_staticmethod,
    .make_new = static_class_method_make_new,
};

const rt_type_t rt_type_classmethod = {
    .base = {&rt_type_type},
    .name = RT_QSTR_classmethod,
    .make_new = static_class_method_make_new,
};

// property: words 1..3 are fget, fset, fdel (None when absent).
typedef struct rt_obj_property {
    rt_obj_base_t base;
    rt_obj_t fget, fset, fdel;
} rt_obj_property_t;

static rt_obj_t property_new(rt_obj_t fget, rt_obj_t fset, rt_obj_t fdel) {
    rt_obj_property_t *p = RT_NEW(rt_obj_property_t);
    p->base.type = &rt_type_property;
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    return p;
}

static rt_obj_t property_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                                  const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 4, true);
    rt_obj_t v[3] = {RT_CONST_NONE, RT_CONST_NONE, RT_CONST_NONE};
    for (size_t i = 0; i < n_args && i < 3; i++) {
        v[i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        rt_qstr_t k = rt_obj_str_get_qstr(args[n_args + 2 * i]);
        rt_obj_t val = args[n_args + 2 * i + 1];
        if (k == RT_QSTR_fget) {
            v[0] = val;
        } else if (k == RT_QSTR_fset) {
            v[1] = val;
        } else if (k == RT_QSTR_fdel) {
            v[2] = val;
        } else if (k != RT_QSTR_doc) {
            rt_raise_fmt(&rt_type_TypeError, "unexpected keyword argument '%q'", k);
        }
    }
    return property_new(v[0], v[1], v[2]);
}

static rt_obj_t property_getter(rt_obj_t self, rt_obj_t f) {
    rt_obj_property_t *p = self;
    return property_new(f, p->fset, p->fdel);
}
static RT_DEFINE_FUN_2(property_getter_obj, property_getter);

static rt_obj_t property_setter(rt_obj_t self, rt_obj_t f) {
    rt_obj_property_t *p = self;
    return property_new(p->fget, f, p->fdel);
}
static RT_DEFINE_FUN_2(property_setter_obj, property_setter);

static rt_obj_t property_deleter(rt_obj_t self, rt_obj_t f) {
    rt_obj_property_t *p = self;
    return property_new(p->fget, p->fset, f);
}
static RT_DEFINE_FUN_2(property_deleter_obj, property_deleter);

static const rt_map_elem_t property_locals_table[] = {
    {RT_ROM_QSTR(RT_QSTR_getter), RT_ROM_PTR(&property_getter_obj)},
    {RT_ROM_QSTR(RT_QSTR_setter), RT_ROM_PTR(&property_setter_obj)},
    {RT_ROM_QSTR(RT_QSTR_deleter), RT_ROM_PTR(&property_deleter_obj)},
};
static RT_DEFINE_CONST_DICT(property_locals_dict, property_locals_table);

const rt_type_t rt_type_property = {
    .base = {&rt_type_type},
    .name = RT_QSTR_property,
    .make_new = property_make_new,
    .locals_dict = RT_CONST_DICT_PTR(&property_locals_dict),
};

// ---------------------------------------------------------------------------------------------
// __build_class__(body, name, *bases) (bytecode.md 8.2)

rt_obj_t rt_builtin___build_class__(size_t n_args, const rt_obj_t *args, rt_map_t *kw) {
    if (n_args < 2) {
        rt_raise_msg(&rt_type_TypeError, "__build_class__ needs a body and a name");
    }
    if (kw->used > 0) {
        rt_raise_msg(&rt_type_TypeError, "function doesn't take keyword arguments");
    }
    rt_obj_t body = args[0];
    rt_qstr_t name = rt_obj_str_get_qstr(args[1]);
    rt_obj_t bases = rt_tuple_new(n_args - 2, args + 2);
    rt_obj_t ns = rt_dict_new(0);
    rt_obj_dict_t *old_locals = rt_state.roots.locals;
    rt_state.roots.locals = ns;
    rt_nlr_buf_t nlr;
    rt_obj_t cell;
    if (rt_nlr_push(&nlr) == 0) {
        cell = rt_call_function_0(body);
        rt_nlr_pop();
    } else {
        rt_state.roots.locals = old_locals;
        rt_raise(nlr.ret_val);
    }
    rt_state.roots.locals = old_locals;
    rt_obj_t meta = n_args == 2 ? (rt_obj_t)&rt_type_type : (rt_obj_t)rt_obj_get_type(args[2]);
    rt_obj_t call_args[3] = {RT_OBJ_NEW_QSTR(name), bases, ns};
    rt_obj_t cls = rt_call_function_n_kw(meta, 3, 0, call_args);
    if (rt_obj_is_type(cell, &rt_type_cell)) {
        ((rt_obj_cell_t *)cell)->obj = cls;
    }
    return cls;
}
