// Shared between the str files (obj_str.c, obj_str_methods.c, obj_str_format.c).
#ifndef RT_STR_INTERNAL_H
#define RT_STR_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "map.h"
#include "obj.h"
#include "print.h"

// Byte offset of code point `index` in UTF-8 text.
size_t rt_utf8_offset(const uint8_t *s, size_t len, size_t index);
// repr() of text: quotes chosen as Python does, escapes for control bytes.
void rt_str_print_quoted(const rt_print_t *p, const uint8_t *s, size_t len, bool bytes);
// Byte offset of needle in hay, searching forwards (dir > 0) or backwards; -1 if absent.
rt_int_t rt_str_find_bytes(const uint8_t *hay, size_t hl, const uint8_t *needle, size_t nl,
                           int dir);
// `fmt % args` for str and bytes (obj_str_format.c).
rt_obj_t rt_str_modulo(rt_obj_t fmt, rt_obj_t args);
// str.format (obj_str_format.c).
rt_obj_t rt_str_format(size_t n_args, const rt_obj_t *args, rt_map_t *kw);
// format(value, spec) (obj_str_format.c).
rt_obj_t rt_format_value(rt_obj_t value, const char *spec, size_t spec_len);

extern const rt_obj_dict_t rt_str_locals_dict, rt_bytes_locals_dict;

#endif
