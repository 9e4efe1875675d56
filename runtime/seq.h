// Helpers shared by the sequence types (tuple, list, str, range): printing, comparison,
// searching. Internal to the runtime.
#ifndef RT_SEQ_H
#define RT_SEQ_H

#include <stdbool.h>
#include <stddef.h>

#include "obj.h"
#include "print.h"

// Prints items as "(a, b)" style with the given brackets; a 1-tuple gets its comma.
void rt_seq_print(const rt_print_t *p, const rt_obj_t *items, size_t n, const char *open,
                  const char *close, bool one_comma);
// Lexicographic comparison for <, >, <=, >=, ==, != (op is an RT_BINARY_OP_ comparison).
bool rt_seq_compare(rt_binary_op_t op, const rt_obj_t *a, size_t an, const rt_obj_t *b, size_t bn);
// seq.index(value[, start[, stop]]) and seq.count(value) over an item array.
rt_obj_t rt_seq_index(const rt_type_t *type, const rt_obj_t *items, size_t n, size_t n_args,
                      const rt_obj_t *args);
rt_obj_t rt_seq_count(const rt_obj_t *items, size_t n, rt_obj_t value);
// Items selected by a slice, as a new array in the heap (*out_n items).
rt_obj_t *rt_seq_slice(const rt_obj_t *items, size_t n, rt_obj_t slice, size_t *out_n);

#endif
