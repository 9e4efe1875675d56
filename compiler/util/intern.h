// Interned strings (the compiler's qstrs): each distinct byte string gets a small id, stable for
// the life of the unit. Id 0 is reserved for "none". The strings live in the arena, the table
// on the C heap until intern_fini.
#ifndef MPYC_UTIL_INTERN_H
#define MPYC_UTIL_INTERN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef uint32_t intern_id;

typedef struct intern_entry {
    const char *str; // NUL-terminated copy
    uint32_t len;
    uint32_t hash; // intern_hash of the bytes
} intern_entry;

typedef struct intern_table {
    arena *arena;
    intern_entry *entries; // entries[0] is the reserved empty slot (C heap)
    uint32_t n_entries, cap_entries;
    uint32_t *slots;  // open addressing: 0 = empty, else an id (C heap)
    uint32_t n_slots; // power of two
} intern_table;

// False when memory ran out (nothing to free then).
bool intern_init(intern_table *t, arena *a);
void intern_fini(intern_table *t);
// Returns the id of the string, adding it when new; 0 when memory ran out.
intern_id intern_add(intern_table *t, const char *s, size_t len);
// Returns the id or 0 when the string was never added.
intern_id intern_find(const intern_table *t, const char *s, size_t len);
static inline const intern_entry *intern_get(const intern_table *t, intern_id id) {
    return &t->entries[id];
}
static inline const char *intern_str(const intern_table *t, intern_id id) {
    return t->entries[id].str;
}
// The djb2-xor hash MicroPython uses for qstrs (static-qstrs.md section 4), before truncation.
uint32_t intern_hash(const char *s, size_t len);

#endif
