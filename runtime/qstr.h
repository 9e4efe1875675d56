// Interned strings ("qstrs"): each distinct string gets a small number, so names compare as
// integers. Numbers 1..165 are the .mpy static qstrs (static-qstrs.md), then the runtime's
// built-in names (RT_QSTR_<name>, generated into rt_qstrs_gen.h by gen_qstrs.cmake from their
// uses in the sources), then the strings interned while running, which live in the GC heap
// (or in a persistent .mpy image) and are never freed. Numbers stay below 65536 because
// module qstr tables hold them in 16 bits (native-abi.md 1.3).
#ifndef RT_QSTRING_H
#define RT_QSTRING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "obj.h"
#include "rt_qstrs_gen.h"

#define RT_MAX_QSTR_NUMBER 0xffff

void rt_qstr_init(void);

// Interns `len` bytes (copied into the heap), returning the existing number if the string is
// already interned. Raises MemoryError, or RuntimeError("name too long") past 65535 bytes.
rt_qstr_t rt_qstr_from_strn(const char *s, size_t len);
rt_qstr_t rt_qstr_from_str(const char *s);
// As rt_qstr_from_strn, but `s` (with s[len] == 0) outlives the runtime: it is not copied.
rt_qstr_t rt_qstr_from_strn_static(const char *s, size_t len);
// The number of an interned string, or 0 (RT_QSTR_NULL) when it is not interned.
rt_qstr_t rt_qstr_find_strn(const char *s, size_t len);

const char *rt_qstr_str(rt_qstr_t q); // NUL-terminated
const uint8_t *rt_qstr_data(rt_qstr_t q, size_t *len);
size_t rt_qstr_len(rt_qstr_t q);
size_t rt_qstr_hash(rt_qstr_t q);

// The hash every str and bytes object uses (static-qstrs.md 4, 2 bytes, never 0).
size_t rt_qstr_compute_hash(const uint8_t *s, size_t len);

// Statistics for micropython.qstr_info(): interned at run time, their bytes.
void rt_qstr_stats(size_t *n_dynamic, size_t *n_bytes);

#endif
