// The object model: how a Python value fits in one machine word, the type object and its
// slots, and the layouts of the objects that several modules (and native code) read directly.
// Representation and layouts follow native-abi.md section 1, so machine code compiled for
// stock MicroPython can later run against these objects unchanged.
#ifndef RT_OBJ_H
#define RT_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rt_config.h"

// ---------------------------------------------------------------------------------------------
// Object words (native-abi.md 1.1, stock's "representation A"):
//
//   x x x x ... x x x 1    small int: value << 1 | 1 (RT_SMALL_INT_BITS signed bits)
//   q q q q ... q 0 1 0    qstr (an interned str): number << 3 | 2
//   i i i i ... i 1 1 0    immediate object: None 0, False 1, True 3 (value << 3 | 6)
//   p p p p ... p p 0 0    pointer to an object whose first word is its type; 0 is "no
//                          object" (RT_OBJ_NULL, also the exhausted-iterator marker) and 4 a
//                          sentinel that is never an object

typedef void *rt_obj_t;
typedef const void *rt_const_obj_t;
typedef size_t rt_qstr_t; // qstr number; 0 is "no qstr", 1..165 the .mpy static qstrs

#define RT_OBJ_NULL ((rt_obj_t)0)
#define RT_OBJ_STOP_ITERATION ((rt_obj_t)0)
#define RT_OBJ_SENTINEL ((rt_obj_t)4)

#define RT_OBJ_IS_SMALL_INT(o) (((uintptr_t)(o)&1) != 0)
#define RT_OBJ_IS_QSTR(o) (((uintptr_t)(o)&7) == 2)
#define RT_OBJ_IS_IMMEDIATE(o) (((uintptr_t)(o)&7) == 6)
#define RT_OBJ_IS_PTR(o) (((uintptr_t)(o)&3) == 0)

// Small ints. The shift of a negative value is done on the unsigned word (no UB); the
// arithmetic right shift of a signed word is what GCC and clang do on every target.
#define RT_SMALL_INT_MIN ((rt_int_t)(((rt_uint_t)-1) << (RT_SMALL_INT_BITS - 1)))
#define RT_SMALL_INT_MAX ((rt_int_t)(~RT_SMALL_INT_MIN))
#define RT_SMALL_INT_FITS(v) ((v) >= RT_SMALL_INT_MIN && (v) <= RT_SMALL_INT_MAX)
#define RT_OBJ_NEW_SMALL_INT(v) ((rt_obj_t)((((rt_uint_t)(rt_int_t)(v)) << 1) | 1))
#define RT_OBJ_SMALL_INT_VALUE(o) (((rt_int_t)(o)) >> 1)

#define RT_OBJ_NEW_QSTR(q) ((rt_obj_t)((((uintptr_t)(q)) << 3) | 2))
#define RT_OBJ_QSTR_VALUE(o) (((uintptr_t)(o)) >> 3)

#define RT_OBJ_NEW_IMMEDIATE(v) ((rt_obj_t)((((uintptr_t)(v)) << 3) | 6))
#define RT_CONST_NONE RT_OBJ_NEW_IMMEDIATE(0)
#define RT_CONST_FALSE RT_OBJ_NEW_IMMEDIATE(1)
#define RT_CONST_TRUE RT_OBJ_NEW_IMMEDIATE(3)
#define RT_BOOL(b) ((b) ? RT_CONST_TRUE : RT_CONST_FALSE)

// Converting between object words and C pointers.
#define RT_OBJ_TO_PTR(o) ((void *)(o))
#define RT_OBJ_FROM_PTR(p) ((rt_obj_t)(p))

// ---------------------------------------------------------------------------------------------
// Operators: the bytecode numbering (bc_operators.def, also the native function table's) and
// the runtime-only operators after it (bytecode.md 4).

typedef enum {
    RT_UNARY_OP_POSITIVE,
    RT_UNARY_OP_NEGATIVE,
    RT_UNARY_OP_INVERT,
    RT_UNARY_OP_NOT,
    // runtime only
    RT_UNARY_OP_BOOL, // result: True/False
    RT_UNARY_OP_LEN,  // result: small int, or NULL if no length
    RT_UNARY_OP_HASH, // result: small int
    RT_UNARY_OP_ABS,
    RT_UNARY_OP_INT_MAYBE,   // int(x) for types that can; NULL otherwise
    RT_UNARY_OP_FLOAT_MAYBE, // float(x)
    RT_UNARY_OP_COMPLEX_MAYBE,
    RT_UNARY_OP_SIZEOF,
} rt_unary_op_t;

typedef enum {
    RT_BINARY_OP_LESS,
    RT_BINARY_OP_MORE,
    RT_BINARY_OP_EQUAL,
    RT_BINARY_OP_LESS_EQUAL,
    RT_BINARY_OP_MORE_EQUAL,
    RT_BINARY_OP_NOT_EQUAL,
    RT_BINARY_OP_IN,
    RT_BINARY_OP_IS,
    RT_BINARY_OP_EXCEPTION_MATCH,
    RT_BINARY_OP_INPLACE_OR,
    RT_BINARY_OP_INPLACE_XOR,
    RT_BINARY_OP_INPLACE_AND,
    RT_BINARY_OP_INPLACE_LSHIFT,
    RT_BINARY_OP_INPLACE_RSHIFT,
    RT_BINARY_OP_INPLACE_ADD,
    RT_BINARY_OP_INPLACE_SUBTRACT,
    RT_BINARY_OP_INPLACE_MULTIPLY,
    RT_BINARY_OP_INPLACE_MAT_MULTIPLY,
    RT_BINARY_OP_INPLACE_FLOOR_DIVIDE,
    RT_BINARY_OP_INPLACE_TRUE_DIVIDE,
    RT_BINARY_OP_INPLACE_MODULO,
    RT_BINARY_OP_INPLACE_POWER,
    RT_BINARY_OP_OR,
    RT_BINARY_OP_XOR,
    RT_BINARY_OP_AND,
    RT_BINARY_OP_LSHIFT,
    RT_BINARY_OP_RSHIFT,
    RT_BINARY_OP_ADD,
    RT_BINARY_OP_SUBTRACT,
    RT_BINARY_OP_MULTIPLY,
    RT_BINARY_OP_MAT_MULTIPLY,
    RT_BINARY_OP_FLOOR_DIVIDE,
    RT_BINARY_OP_TRUE_DIVIDE,
    RT_BINARY_OP_MODULO,
    RT_BINARY_OP_POWER,
    // runtime only
    RT_BINARY_OP_DIVMOD,
    RT_BINARY_OP_CONTAINS, // lhs is the container
    RT_BINARY_OP_REVERSE_OR,
    RT_BINARY_OP_REVERSE_XOR,
    RT_BINARY_OP_REVERSE_AND,
    RT_BINARY_OP_REVERSE_LSHIFT,
    RT_BINARY_OP_REVERSE_RSHIFT,
    RT_BINARY_OP_REVERSE_ADD,
    RT_BINARY_OP_REVERSE_SUBTRACT,
    RT_BINARY_OP_REVERSE_MULTIPLY,
    RT_BINARY_OP_REVERSE_MAT_MULTIPLY,
    RT_BINARY_OP_REVERSE_FLOOR_DIVIDE,
    RT_BINARY_OP_REVERSE_TRUE_DIVIDE,
    RT_BINARY_OP_REVERSE_MODULO,
    RT_BINARY_OP_REVERSE_POWER,
    RT_BINARY_OP_NUM,
} rt_binary_op_t;

// In-place op -> plain op; plain op -> reflected op.
#define RT_BINARY_OP_INPLACE_TO_PLAIN (RT_BINARY_OP_OR - RT_BINARY_OP_INPLACE_OR)
#define RT_BINARY_OP_PLAIN_TO_REVERSE (RT_BINARY_OP_REVERSE_OR - RT_BINARY_OP_OR)

// ---------------------------------------------------------------------------------------------
// Types. Every heap or ROM object starts with rt_obj_base_t; its type pointer says how to
// print, call, compare and look into it. A slot left NULL means "not supported".

typedef struct rt_type rt_type_t;
typedef struct rt_print rt_print_t;
typedef struct rt_obj_dict rt_obj_dict_t;

typedef struct rt_obj_base {
    const rt_type_t *type;
} rt_obj_base_t;

typedef enum {
    RT_PRINT_STR = 0,
    RT_PRINT_REPR = 1,
    RT_PRINT_EXC = 2, // an exception's message line, without the type name
} rt_print_kind_t;

// The iterator buffer a for-loop reserves on the value stack (native-abi.md 1.6): getiter may
// build a small iterator in it instead of on the heap.
typedef struct rt_obj_iter_buf {
    rt_obj_base_t base;
    rt_obj_t buf[3];
} rt_obj_iter_buf_t;
#define RT_OBJ_ITER_BUF_NSLOTS 4
_Static_assert(sizeof(rt_obj_iter_buf_t) == RT_OBJ_ITER_BUF_NSLOTS * sizeof(rt_obj_t),
               "the iterator buffer is four object slots");

// Buffer protocol.
typedef struct rt_buffer_info {
    void *buf;
    size_t len;
    int typecode; // struct-module letter of the items, 'B' for bytes
} rt_buffer_info_t;
#define RT_BUFFER_READ 1
#define RT_BUFFER_WRITE 2
#define RT_BUFFER_RAISE_IF_UNSUPPORTED 4

typedef rt_obj_t (*rt_make_new_fn)(const rt_type_t *type, size_t n_args, size_t n_kw,
                                   const rt_obj_t *args);
typedef void (*rt_print_fn)(const rt_print_t *print, rt_obj_t self, rt_print_kind_t kind);
// Arguments: n_args positional, then n_kw (key, value) pairs: args[n_args + 2 * n_kw].
typedef rt_obj_t (*rt_call_fn)(rt_obj_t self, size_t n_args, size_t n_kw, const rt_obj_t *args);
// Return RT_OBJ_NULL for "not supported by this type" (the runtime then tries elsewhere).
typedef rt_obj_t (*rt_unary_op_fn)(rt_unary_op_t op, rt_obj_t self);
typedef rt_obj_t (*rt_binary_op_fn)(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs);
// Attribute access, one slot for load, store and delete:
//   load:   dest[0] == NULL on entry. Found: dest[0] = value; a method that needs `self` is
//           returned unbound as dest[0] = function, dest[1] = self.
//   store:  dest[0] == RT_OBJ_SENTINEL, dest[1] = value (RT_OBJ_NULL to delete). Done: set
//           dest[0] = RT_OBJ_NULL.
typedef void (*rt_attr_fn)(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest);
// value RT_OBJ_SENTINEL: load self[index]; RT_OBJ_NULL: delete; else store. Returns the loaded
// value, RT_CONST_NONE after a store or delete, RT_OBJ_NULL if unsupported.
typedef rt_obj_t (*rt_subscr_fn)(rt_obj_t self, rt_obj_t index, rt_obj_t value);
typedef rt_obj_t (*rt_getiter_fn)(rt_obj_t self, rt_obj_iter_buf_t *iter_buf);
// Returns the next item or RT_OBJ_STOP_ITERATION.
typedef rt_obj_t (*rt_iternext_fn)(rt_obj_t self);
// Returns 0 and fills *info, or nonzero if the object has no buffer.
typedef int (*rt_buffer_fn)(rt_obj_t self, rt_buffer_info_t *info, unsigned flags);

struct rt_type {
    rt_obj_base_t base; // &rt_type_type
    uint16_t flags;     // RT_TYPE_FLAG_*
    uint16_t name;      // qstr
    rt_make_new_fn make_new;
    rt_print_fn print;
    rt_call_fn call;
    rt_unary_op_fn unary_op;
    rt_binary_op_fn binary_op;
    rt_attr_fn attr;
    rt_subscr_fn subscr;
    rt_getiter_fn getiter;
    rt_iternext_fn iternext;
    rt_buffer_fn buffer;
    const void *protocol;       // type-specific table (stream methods, ...)
    const rt_type_t *base_type; // the (first) base class, NULL for object
    rt_obj_t bases;             // tuple of all bases when there are two or more, else NULL
    rt_obj_dict_t *locals_dict; // methods and class attributes
};

// Type flags.
#define RT_TYPE_FLAG_IS_SUBCLASSED 0x0001    // a user class derives from it
#define RT_TYPE_FLAG_HAS_DESCRIPTORS 0x0002  // its dict holds __get__/__set__ objects
#define RT_TYPE_FLAG_EQ_NOT_REFLEXIVE 0x0004 // x == x may be False (float nan)
#define RT_TYPE_FLAG_EQ_CHECKS_OTHER 0x0008  // __eq__ handles operands of other types
#define RT_TYPE_FLAG_EQ_HAS_NEQ_TEST 0x0010  // binary_op answers NOT_EQUAL itself
#define RT_TYPE_FLAG_BINDS_SELF 0x0020       // found on a class, it binds like a function
#define RT_TYPE_FLAG_BUILTIN_FUN 0x0040      // a C function (for method binding rules)
#define RT_TYPE_FLAG_INSTANCE 0x0080         // a class created by `class` or type(...)
#define RT_TYPE_FLAG_ITER_IS_SELF 0x0100     // getiter returns self
#define RT_TYPE_FLAG_EXCEPTION 0x0200        // BaseException or a subclass of it

// ---------------------------------------------------------------------------------------------
// The type of any object, and the built-in types that other modules test against.

extern const rt_type_t rt_type_type, rt_type_object, rt_type_NoneType, rt_type_bool, rt_type_int,
    rt_type_str, rt_type_bytes, rt_type_bytearray, rt_type_tuple, rt_type_list, rt_type_dict,
    rt_type_set, rt_type_frozenset, rt_type_range, rt_type_slice, rt_type_float, rt_type_complex,
    rt_type_module, rt_type_fun_bc, rt_type_fun_builtin_0, rt_type_fun_builtin_1,
    rt_type_fun_builtin_2, rt_type_fun_builtin_3, rt_type_fun_builtin_var, rt_type_closure,
    rt_type_cell, rt_type_bound_meth, rt_type_generator, rt_type_gen_instance, rt_type_ellipsis,
    rt_type_NotImplementedType, rt_type_staticmethod, rt_type_classmethod, rt_type_property,
    rt_type_super;

static inline const rt_type_t *rt_obj_get_type(rt_const_obj_t o) {
    uintptr_t u = (uintptr_t)o;
    if (u & 1) {
        return &rt_type_int;
    }
    if ((u & 7) == 2) {
        return &rt_type_str;
    }
    if ((u & 7) == 6) {
        return u == (uintptr_t)RT_CONST_NONE ? &rt_type_NoneType : &rt_type_bool;
    }
    return ((const rt_obj_base_t *)o)->type;
}

// True when `o` is exactly of type `t` (no subclass).
static inline bool rt_obj_is_type(rt_const_obj_t o, const rt_type_t *t) {
    return rt_obj_get_type(o) == t;
}
#define RT_OBJ_IS_OBJ_OF(o, t) \
    (RT_OBJ_IS_PTR(o) && (o) != NULL && ((const rt_obj_base_t *)(o))->type == (t))

static inline bool rt_obj_is_str(rt_const_obj_t o) {
    return RT_OBJ_IS_QSTR(o) || RT_OBJ_IS_OBJ_OF(o, &rt_type_str);
}
static inline bool rt_obj_is_int(rt_const_obj_t o) {
    return RT_OBJ_IS_SMALL_INT(o) || RT_OBJ_IS_OBJ_OF(o, &rt_type_int);
}

// ---------------------------------------------------------------------------------------------
// Layouts read by more than one module.

// str and bytes. `data` points just after the object, into a loaded .mpy image, or anywhere
// else that outlives the object; data[len] is always a NUL.
typedef struct rt_obj_str {
    rt_obj_base_t base;
    size_t hash; // 0 until computed
    size_t len;  // bytes
    const uint8_t *data;
} rt_obj_str_t;

typedef struct rt_obj_tuple {
    rt_obj_base_t base;
    size_t len;
    rt_obj_t items[];
} rt_obj_tuple_t;

typedef struct rt_obj_list {
    rt_obj_base_t base;
    size_t alloc;
    size_t len;
    rt_obj_t *items;
} rt_obj_list_t;

// Closed-over variable (native-abi.md 1.5): word 1 is the contents, NULL when empty.
typedef struct rt_obj_cell {
    rt_obj_base_t base;
    rt_obj_t obj;
} rt_obj_cell_t;

// Built-in modules; a loaded module is an rt_module_context_t (runtime.h), which starts the
// same way.
typedef struct rt_obj_module {
    rt_obj_base_t base;
    rt_obj_dict_t *globals;
} rt_obj_module_t;

// C functions. The _0.._3 types take exactly that many positional arguments; _var takes
// n_args_min..n_args_max and, if takes_kw, keyword arguments (fn.kw receives them all).
typedef rt_obj_t (*rt_fun_0_t)(void);
typedef rt_obj_t (*rt_fun_1_t)(rt_obj_t);
typedef rt_obj_t (*rt_fun_2_t)(rt_obj_t, rt_obj_t);
typedef rt_obj_t (*rt_fun_3_t)(rt_obj_t, rt_obj_t, rt_obj_t);
typedef rt_obj_t (*rt_fun_var_t)(size_t n_args, const rt_obj_t *args);
typedef struct rt_map rt_map_t;
typedef rt_obj_t (*rt_fun_kw_t)(size_t n_args, const rt_obj_t *args, rt_map_t *kw);

typedef struct rt_obj_fun_builtin {
    rt_obj_base_t base;
    union {
        rt_fun_0_t _0;
        rt_fun_1_t _1;
        rt_fun_2_t _2;
        rt_fun_3_t _3;
        rt_fun_var_t var;
        rt_fun_kw_t kw;
    } fn;
    uint16_t n_args_min; // _var only
    uint16_t n_args_max; // _var only; 0xffff = no limit
    bool takes_kw;       // _var only: call fn.kw
} rt_obj_fun_builtin_t;

#define RT_FUN_ARGS_MAX 0xffff

#define RT_DEFINE_FUN_0(obj, f) \
    const rt_obj_fun_builtin_t obj = {{&rt_type_fun_builtin_0}, .fn._0 = f, 0, 0, false}
#define RT_DEFINE_FUN_1(obj, f) \
    const rt_obj_fun_builtin_t obj = {{&rt_type_fun_builtin_1}, .fn._1 = f, 0, 0, false}
#define RT_DEFINE_FUN_2(obj, f) \
    const rt_obj_fun_builtin_t obj = {{&rt_type_fun_builtin_2}, .fn._2 = f, 0, 0, false}
#define RT_DEFINE_FUN_3(obj, f) \
    const rt_obj_fun_builtin_t obj = {{&rt_type_fun_builtin_3}, .fn._3 = f, 0, 0, false}
#define RT_DEFINE_FUN_VAR(obj, min, max, f) \
    const rt_obj_fun_builtin_t obj = {{&rt_type_fun_builtin_var}, .fn.var = f, min, max, false}
#define RT_DEFINE_FUN_KW(obj, min, f)  \
    const rt_obj_fun_builtin_t obj = { \
        {&rt_type_fun_builtin_var}, .fn.kw = f, min, RT_FUN_ARGS_MAX, true}

// Methods of static types: staticmethod / classmethod wrappers around a C function.
typedef struct rt_obj_static_class_method {
    rt_obj_base_t base;
    rt_obj_t fun;
} rt_obj_static_class_method_t;

// A type's table of attributes as a constant, ordered dict (map.h RT_DEFINE_CONST_DICT).

// The singletons that are objects rather than immediates.
extern const rt_obj_base_t rt_const_ellipsis_obj, rt_const_notimplemented_obj;
#define RT_CONST_ELLIPSIS ((rt_obj_t)&rt_const_ellipsis_obj)
#define RT_CONST_NOTIMPLEMENTED ((rt_obj_t)&rt_const_notimplemented_obj)

// Copies n object words; src may be NULL when n is 0 (memcpy may not be given NULL).
static inline void rt_copy_objs(rt_obj_t *dst, const rt_obj_t *src, size_t n) {
    for (size_t i = 0; i < n; i++) {
        dst[i] = src[i];
    }
}

// Constant-table helpers: object words usable in static initializers.
#define RT_ROM_QSTR(q) RT_OBJ_NEW_QSTR(q)
#define RT_ROM_INT(v) RT_OBJ_NEW_SMALL_INT(v)
#define RT_ROM_PTR(p) ((rt_obj_t)(p))

#endif
