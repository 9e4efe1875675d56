// The runtime's central API: start-up, raising exceptions, and the generic object protocol
// (truth, operators, attributes, subscripts, iteration, calls, names, imports) that the VM,
// the built-in types and the modules use. Type-specific constructors live in types.h.
#ifndef RT_RUNTIME_H
#define RT_RUNTIME_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "gc.h"
#include "map.h"
#include "nlr.h"
#include "obj.h"
#include "print.h"
#include "qstr.h"
#include "types.h"

// ---------------------------------------------------------------------------------------------
// Start-up and shut-down

typedef struct rt_init_options {
    void *heap; // the GC heap
    size_t heap_len;
    void *stack_top;  // an address near the top of the C stack (a local of main)
    size_t stack_len; // usable C stack below stack_top; recursion stops before its end
    int opt_level;
} rt_init_options_t;

void rt_init(const rt_init_options_t *opt);
void rt_deinit(void);

// ---------------------------------------------------------------------------------------------
// Exceptions (obj_exception.c). The built-in exception types come from exceptions.def as
// rt_type_<Name>.

extern const rt_type_t rt_type_BaseException;
#define RT_EXCEPTION(name, base) extern const rt_type_t rt_type_##name;
#include "exceptions.def"
#undef RT_EXCEPTION

// Raises an exception instance, or instantiates an exception class with no arguments first.
RT_NORETURN void rt_raise(rt_obj_t exc);
RT_NORETURN void rt_raise_msg(const rt_type_t *type, const char *msg);
RT_NORETURN void rt_raise_fmt(const rt_type_t *type, const char *fmt, ...);
RT_NORETURN void rt_raise_obj(const rt_type_t *type, rt_obj_t arg); // type(arg)
RT_NORETURN void rt_raise_memory_error(void);
RT_NORETURN void rt_raise_stop_iteration(rt_obj_t value); // value NULL: no argument
// "'X' object isn't iterable" and friends, with the object's type name.
RT_NORETURN void rt_raise_type_error_obj(const char *fmt, rt_obj_t o);

rt_obj_t rt_exception_new(const rt_type_t *type, size_t n_args, const rt_obj_t *args);
rt_obj_t rt_exception_new_msg(const rt_type_t *type, const char *msg);
bool rt_obj_is_exception_type(rt_obj_t o);
bool rt_obj_is_exception_instance(rt_obj_t o);
// isinstance(exc, type) for an exception instance (or class) and an exception class.
bool rt_exception_match(rt_obj_t exc, const rt_type_t *type);
rt_obj_t rt_exception_args(rt_obj_t exc);  // the args tuple
rt_obj_t rt_exception_value(rt_obj_t exc); // args[0] or None (StopIteration.value)
void rt_exception_clear_traceback(rt_obj_t exc);
void rt_exception_add_traceback(rt_obj_t exc, rt_qstr_t file, size_t line, rt_qstr_t block);
// Prints "Traceback (most recent call last):", the entries and "Type: message".
void rt_print_exception(const rt_print_t *p, rt_obj_t exc);

// Runs the callbacks queued by micropython.schedule() (the VM calls it after jumps when any
// are pending).
void rt_sched_run(void);

// Raises RuntimeError("maximum recursion depth exceeded") when the C stack runs low.
void rt_stack_check(void);

// ---------------------------------------------------------------------------------------------
// The object protocol (runtime.c)

bool rt_obj_is_true(rt_obj_t o);
rt_obj_t rt_unary_op(rt_unary_op_t op, rt_obj_t o);
rt_obj_t rt_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs);
bool rt_obj_equal(rt_obj_t a, rt_obj_t b);
size_t rt_obj_hash(rt_obj_t o);        // TypeError if unhashable
rt_obj_t rt_obj_len(rt_obj_t o);       // TypeError if no length
rt_obj_t rt_obj_len_maybe(rt_obj_t o); // RT_OBJ_NULL if no length
size_t rt_obj_get_len(rt_obj_t o);     // as a C value
bool rt_obj_is_callable(rt_obj_t o);
bool rt_obj_is_subclass(rt_obj_t object, rt_obj_t classinfo); // issubclass(type, type)
bool rt_obj_isinstance(rt_obj_t o, rt_obj_t classinfo);
// True if type `t` is `base` or derives from it (depth-first over all bases).
bool rt_type_is_subclass(const rt_type_t *t, const rt_type_t *base);

void rt_obj_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind);
rt_obj_t rt_obj_repr(rt_obj_t o); // a str
rt_obj_t rt_obj_str(rt_obj_t o);
rt_qstr_t rt_obj_type_name(rt_obj_t o);

// C values of objects; TypeError when the object has the wrong type.
rt_int_t rt_obj_get_int(rt_obj_t o);                // int or bool; OverflowError if too big
bool rt_obj_get_int_maybe(rt_obj_t o, rt_int_t *v); // false for non-ints
size_t rt_obj_get_index(const rt_type_t *type, size_t len, rt_obj_t index, bool is_slice);
const char *rt_obj_str_get_data(rt_obj_t o, size_t *len); // str only
rt_qstr_t rt_obj_str_get_qstr(rt_obj_t o);                // interns a str

// Subscripts: value RT_OBJ_SENTINEL loads, RT_OBJ_NULL deletes, anything else stores.
rt_obj_t rt_subscr(rt_obj_t base, rt_obj_t index, rt_obj_t value);

// Attributes.
rt_obj_t rt_load_attr(rt_obj_t base, rt_qstr_t attr);
rt_obj_t rt_load_attr_maybe(rt_obj_t base, rt_qstr_t attr); // RT_OBJ_NULL if absent
void rt_load_method(rt_obj_t base, rt_qstr_t attr, rt_obj_t *dest);
void rt_load_method_maybe(rt_obj_t base, rt_qstr_t attr, rt_obj_t *dest); // dest[0] NULL
void rt_load_super_method(rt_qstr_t attr, rt_obj_t *dest);
void rt_store_attr(rt_obj_t base, rt_qstr_t attr, rt_obj_t value); // value NULL: delete
// Turns a class attribute into what `obj.attr` gives: binds functions, applies
// staticmethod/classmethod/property. `type` is the class it was found on behalf of.
void rt_convert_member_lookup(rt_obj_t self, const rt_type_t *type, rt_obj_t member,
                              rt_obj_t *dest);

// Iteration. rt_getiter returns an iterator (built in iter_buf when that is not NULL and the
// type can); rt_iternext returns RT_OBJ_STOP_ITERATION when exhausted (a StopIteration raised
// by __next__ is turned into that), rt_iternext_allow_raise lets it propagate.
rt_obj_t rt_getiter(rt_obj_t o, rt_obj_iter_buf_t *iter_buf);
rt_obj_t rt_iternext(rt_obj_t it);
rt_obj_t rt_iternext_allow_raise(rt_obj_t it);

// Calls. args: n_args positional, then n_kw (key, value) pairs.
rt_obj_t rt_call_function_n_kw(rt_obj_t fun, size_t n_args, size_t n_kw, const rt_obj_t *args);
rt_obj_t rt_call_function_0(rt_obj_t fun);
rt_obj_t rt_call_function_1(rt_obj_t fun, rt_obj_t a);
rt_obj_t rt_call_function_2(rt_obj_t fun, rt_obj_t a, rt_obj_t b);
// args[0] = method, args[1] = self or NULL, then the arguments.
rt_obj_t rt_call_method_n_kw(size_t n_args, size_t n_kw, const rt_obj_t *args);
// The _VAR_KW call forms (bytecode.md 7.3): args as CALL_*_VAR_KW leaves them on the stack
// (method slots first when is_method), `n_args_kw` the instruction's operand.
rt_obj_t rt_call_method_n_kw_var(bool is_method, size_t n_args_kw, const rt_obj_t *args);
// Argument count checks for C functions; TypeError with stock's messages.
void rt_arg_check_num(size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool takes_kw);

// Names in the current globals/locals, then builtins.
rt_obj_t rt_load_name(rt_qstr_t q);
rt_obj_t rt_load_global(rt_qstr_t q);
void rt_store_name(rt_qstr_t q, rt_obj_t value);
void rt_store_global(rt_qstr_t q, rt_obj_t value);
void rt_delete_name(rt_qstr_t q);
void rt_delete_global(rt_qstr_t q);
rt_obj_t rt_load_build_class(void);

// Unpacking: items are written reversed (first element last), as the VM's stack wants them.
void rt_unpack_sequence(rt_obj_t seq, size_t n, rt_obj_t *items);
void rt_unpack_ex(rt_obj_t seq, size_t n_left_right, rt_obj_t *items);

// Imports (import.c).
rt_obj_t rt_import_name(rt_qstr_t name, rt_obj_t fromlist, rt_obj_t level);
rt_obj_t rt_import_from(rt_obj_t module, rt_qstr_t name);
void rt_import_all(rt_obj_t module);

#endif
