// Hash maps keyed by objects: the storage of dict, of module globals and of class and instance
// attributes. Open addressing with linear probing from hash % alloc, deleted slots marked with
// RT_OBJ_SENTINEL, growth only when no slot is left, through the same size sequence as stock
// MicroPython: so a dict iterates in the order stock's does. A map may instead be a fixed,
// ordered array (constant tables of methods and module members, searched linearly).
#ifndef RT_MAP_H
#define RT_MAP_H

#include <stdbool.h>
#include <stddef.h>

#include "obj.h"

typedef struct rt_map_elem {
    rt_obj_t key; // RT_OBJ_NULL: never used; RT_OBJ_SENTINEL: deleted
    rt_obj_t value;
} rt_map_elem_t;

struct rt_map {
    size_t all_keys_are_qstrs : 1; // lets lookups of a qstr compare words only
    size_t is_fixed : 1;           // the table is constant: lookups only
    size_t is_ordered : 1;         // an array in insertion order, searched linearly
    size_t used : (8 * sizeof(size_t) - 3);
    size_t alloc;
    rt_map_elem_t *table;
};

struct rt_obj_dict {
    rt_obj_base_t base;
    rt_map_t map;
};

typedef enum {
    RT_MAP_LOOKUP,                  // NULL if absent
    RT_MAP_LOOKUP_ADD_IF_NOT_FOUND, // a new slot has value RT_OBJ_NULL
    RT_MAP_LOOKUP_REMOVE_IF_FOUND,  // the returned slot holds the removed value
} rt_map_lookup_kind_t;

void rt_map_init(rt_map_t *map, size_t n);
void rt_map_init_fixed_table(rt_map_t *map, size_t n, const rt_map_elem_t *table);
void rt_map_clear(rt_map_t *map);
rt_map_elem_t *rt_map_lookup(rt_map_t *map, rt_obj_t key, rt_map_lookup_kind_t kind);

static inline bool rt_map_slot_is_filled(const rt_map_t *map, size_t i) {
    return map->table[i].key != RT_OBJ_NULL && map->table[i].key != RT_OBJ_SENTINEL;
}

// A constant dict over a static table of {RT_ROM_QSTR(name), value} pairs.
#define RT_DEFINE_CONST_DICT(name, tab) \
    const rt_obj_dict_t name = {        \
        {&rt_type_dict},                \
        {1, 1, 1, RT_ARRAY_SIZE(tab), RT_ARRAY_SIZE(tab), (rt_map_elem_t *)(tab)}}
#define RT_CONST_DICT_PTR(d) ((rt_obj_dict_t *)(d))

// dict objects.
rt_obj_t rt_dict_new(size_t n);
size_t rt_dict_len(rt_obj_t dict);
rt_obj_t rt_dict_get(rt_obj_t dict, rt_obj_t key); // RT_OBJ_NULL if absent
void rt_dict_store(rt_obj_t dict, rt_obj_t key, rt_obj_t value);
void rt_dict_delete(rt_obj_t dict, rt_obj_t key); // KeyError if absent
rt_map_t *rt_dict_map(rt_obj_t dict);

#endif
