// Constructors and accessors of the built-in types, one section per type file (obj_<type>.c).
// Objects are allocated in the GC heap; functions raise MemoryError when it is full.
#ifndef RT_TYPES_H
#define RT_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "map.h"
#include "obj.h"

struct rt_vstr;

// ---- int (obj_int.c, obj_int_big.c) --------------------------------------------------------
// An int is a small int when it fits, else a big-int object. Every constructor normalises.
rt_obj_t rt_int_new(rt_int_t v);
rt_obj_t rt_int_new_ll(long long v);
rt_obj_t rt_int_new_ull(unsigned long long v);
// Parses `len` bytes of an integer literal in `base` (0: prefixes as in Python source), with
// optional sign, underscores and surrounding spaces. ValueError on bad text.
rt_obj_t rt_int_parse(const char *s, size_t len, unsigned base);
// Arithmetic on two ints (small or big); RT_OBJ_NULL for an operator ints don't have.
rt_obj_t rt_int_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs);
// The C value if it fits: false otherwise.
bool rt_int_get_checked(rt_obj_t o, rt_int_t *v);
bool rt_int_is_big(rt_obj_t o);
int rt_int_sign(rt_obj_t o); // -1, 0, 1

// ---- bool, None, Ellipsis (obj_const.c) ----------------------------------------------------

// ---- float (obj_float.c) ------------------------------------------------------------------
#if RT_CONFIG_FLOAT
#if RT_CONFIG_FLOAT == 1
typedef float rt_float_t;
#else
typedef double rt_float_t;
#endif
rt_obj_t rt_float_new(rt_float_t v);
rt_float_t rt_obj_get_float(rt_obj_t o); // int, bool or float; TypeError otherwise
bool rt_obj_get_float_maybe(rt_obj_t o, rt_float_t *v);
// Parses a float literal (also inf/nan); ValueError on bad text.
rt_obj_t rt_float_parse(const char *s, size_t len, bool allow_imag);
rt_obj_t rt_float_binary_op(rt_binary_op_t op, rt_float_t lhs, rt_obj_t rhs);
// Formats like repr(float) into buf (at least 32 bytes); returns the length.
size_t rt_float_format_repr(char *buf, size_t size, rt_float_t v);
#endif

// ---- str and bytes (obj_str.c) ------------------------------------------------------------
rt_obj_t rt_str_new(const char *data, size_t len); // copies; UTF-8 not checked
rt_obj_t rt_str_new_cstr(const char *s);
rt_obj_t rt_str_new_static(const char *data, size_t len); // refers to data (NUL after it)
rt_obj_t rt_str_new_from_vstr(struct rt_vstr *v);         // takes over v's buffer
rt_obj_t rt_bytes_new(const uint8_t *data, size_t len);
rt_obj_t rt_bytes_new_static(const uint8_t *data, size_t len);
rt_obj_t rt_str_intern(rt_obj_t str); // the qstr object for an equal str
// Data of a str or bytes (qstr included); NULL if `o` is neither.
const uint8_t *rt_str_bytes(rt_obj_t o, size_t *len);
bool rt_str_equal(rt_obj_t a, rt_obj_t b);
size_t rt_str_hash(rt_obj_t o);
// Code points of UTF-8 text (counts bytes that are not continuation bytes).
size_t rt_utf8_charlen(const uint8_t *s, size_t len);
extern const rt_obj_str_t rt_const_empty_bytes_obj;

// ---- tuple (obj_tuple.c) --------------------------------------------------------------------
rt_obj_t rt_tuple_new(size_t n, const rt_obj_t *items); // items NULL: all RT_OBJ_NULL
void rt_tuple_get(rt_obj_t tuple, size_t *len, rt_obj_t **items);
extern const rt_obj_tuple_t rt_const_empty_tuple_obj;
#define RT_CONST_EMPTY_TUPLE ((rt_obj_t)&rt_const_empty_tuple_obj)

// ---- list (obj_list.c) ----------------------------------------------------------------------
rt_obj_t rt_list_new(size_t n, const rt_obj_t *items); // items NULL: all None
void rt_list_get(rt_obj_t list, size_t *len, rt_obj_t **items);
rt_obj_t rt_list_append(rt_obj_t list, rt_obj_t item);
void rt_list_sort(rt_obj_t list, rt_obj_t key, bool reverse);
// Tuple or list items (also their subclasses); false for anything else.
bool rt_obj_get_array(rt_obj_t o, size_t *len, rt_obj_t **items);

// ---- dict (obj_dict.c): see map.h ------------------------------------------------------------

// ---- set, frozenset (obj_set.c) -------------------------------------------------------------
rt_obj_t rt_set_new(size_t n, const rt_obj_t *items);
void rt_set_add(rt_obj_t set, rt_obj_t item);

// ---- range, slice (obj_range.c) -------------------------------------------------------------
typedef struct rt_obj_slice {
    rt_obj_base_t base;
    rt_obj_t start, stop, step;
} rt_obj_slice_t;
rt_obj_t rt_slice_new(rt_obj_t start, rt_obj_t stop, rt_obj_t step);
// Resolves a slice against a sequence of length len: start, stop, step with step != 0.
typedef struct rt_bound_slice {
    rt_int_t start, stop, step;
} rt_bound_slice_t;
void rt_slice_indices(rt_obj_t slice, size_t len, rt_bound_slice_t *out);
// Number of items a resolved slice selects.
size_t rt_bound_slice_len(const rt_bound_slice_t *s);

// ---- functions, closures, cells, bound methods (obj_fun.c) ----------------------------------
rt_obj_t rt_closure_new(rt_obj_t fun, size_t n_closed, const rt_obj_t *closed);
rt_obj_t rt_cell_new(rt_obj_t contents);
rt_obj_t rt_bound_meth_new(rt_obj_t meth, rt_obj_t self);
rt_qstr_t rt_fun_get_name(rt_obj_t fun);

// ---- module (obj_module.c) ------------------------------------------------------------------
rt_obj_t rt_module_new(rt_qstr_t name);
rt_obj_dict_t *rt_module_get_globals(rt_obj_t module);
// The built-in module of this name (modules.def), or RT_OBJ_NULL.
rt_obj_t rt_module_builtin(rt_qstr_t name);

// ---- type, object, instances, super, property (obj_type.c) ----------------------------------
typedef struct rt_obj_instance {
    rt_obj_base_t base;
    rt_map_t members;
    rt_obj_t subobj[]; // the native base's object when the class derives from a built-in type
} rt_obj_instance_t;
rt_obj_t rt_type_new(rt_qstr_t name, rt_obj_t bases, rt_obj_t dict);
// The instance's attribute map, or NULL if `o` is not an instance of a user class.
rt_map_t *rt_obj_instance_members(rt_obj_t o);
// The built-in type a user class derives from (for subclasses of list, dict, ...), or NULL.
const rt_type_t *rt_type_native_base(const rt_type_t *t);
// Finds a special method on the object's class: dest as rt_load_method. False if absent.
bool rt_type_lookup_special(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest);
rt_obj_t rt_builtin___build_class__(size_t n_args, const rt_obj_t *args, rt_map_t *kw);

// ---- generators (obj_generator.c) ------------------------------------------------------------

// ---- generic iterators (obj_iter.c) ---------------------------------------------------------
extern const rt_type_t rt_type_enumerate, rt_type_zip, rt_type_map, rt_type_filter,
    rt_type_reversed;
// Iterates with __getitem__(0), (1), ... until IndexError.
rt_obj_t rt_getitem_iter_new(rt_obj_t obj, rt_obj_iter_buf_t *iter_buf);
// The iterator of a sequence of `len` items read through `items` (tuples and lists).
rt_obj_t rt_seq_iter_new(rt_obj_t seq, rt_obj_iter_buf_t *iter_buf);

#endif
