// Declarations shared between runtime files that are not part of the runtime's API: start-up
// hooks of individual files and tables one file defines for another.
#ifndef RT_INTERNAL_H
#define RT_INTERNAL_H

#include "map.h"
#include "obj.h"

// The special-method name (qstr) of each operator (runtime.c).
extern const uint16_t rt_binary_op_method_name[RT_BINARY_OP_NUM];
extern const uint16_t rt_unary_op_method_name[];

// Looks `attr` up in a type's dict and its bases' (runtime.c); RT_OBJ_NULL if absent. When
// found_in is not NULL it receives the type whose dict held the attribute.
rt_obj_t rt_type_lookup_attr(const rt_type_t *t, rt_qstr_t attr, const rt_type_t **found_in);

// Attributes of bytecode functions (__name__, __globals__, __module__), for generator
// functions too (obj_fun.c).
void rt_fun_bc_attr(rt_obj_t self, rt_qstr_t attr, rt_obj_t *dest);

// Start-up hooks, called by rt_init in this order.
void rt_exception_init(void); // obj_exception.c: the preallocated MemoryError

// The builtins module's table (mod_builtins.c), and the built-in modules (modules.def).
extern const rt_map_elem_t rt_builtins_table[];
extern const size_t rt_builtins_table_len;

#endif
