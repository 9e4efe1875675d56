// The hash map (map.h).
#include "map.h"

#include <string.h>

#include "gc.h"
#include "qstr.h"
#include "runtime.h"

// Table sizes: small even sizes that fill whole GC blocks, then primes growing by 1.25 to 1.5.
static const uint16_t sizes[] = {
    0,    2,    4,    6,    8,    10,    12,    17,    23,    29,    37,  47,
    59,   73,   97,   127,  167,  223,   293,   389,   521,   691,   919, 1223,
    1627, 2161, 3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907,
};

static size_t size_at_least(size_t n) {
    for (size_t i = 0; i < RT_ARRAY_SIZE(sizes); i++) {
        if (sizes[i] >= n) {
            return sizes[i];
        }
    }
    return (n + n / 2) | 1;
}

void rt_map_init(rt_map_t *map, size_t n) {
    map->alloc = n;
    map->table = n == 0 ? NULL : RT_NEW_ARRAY(rt_map_elem_t, n);
    map->used = 0;
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 0;
    map->is_ordered = 0;
}

void rt_map_init_fixed_table(rt_map_t *map, size_t n, const rt_map_elem_t *table) {
    map->alloc = n;
    map->used = n;
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 1;
    map->is_ordered = 1;
    map->table = (rt_map_elem_t *)table;
}

void rt_map_clear(rt_map_t *map) {
    if (!map->is_fixed && map->table != NULL) {
        rt_gc_free(map->table);
    }
    map->alloc = 0;
    map->used = 0;
    map->all_keys_are_qstrs = 1;
    map->is_fixed = 0;
    map->table = NULL;
}

static void rehash(rt_map_t *map) {
    size_t old_alloc = map->alloc;
    rt_map_elem_t *old = map->table;
    size_t alloc = size_at_least(old_alloc + 1);
    map->table = RT_NEW_ARRAY(rt_map_elem_t, alloc);
    map->alloc = alloc;
    map->used = 0;
    map->all_keys_are_qstrs = 1;
    for (size_t i = 0; i < old_alloc; i++) {
        if (old[i].key != RT_OBJ_NULL && old[i].key != RT_OBJ_SENTINEL) {
            rt_map_lookup(map, old[i].key, RT_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = old[i].value;
        }
    }
    rt_gc_free(old);
}

static rt_map_elem_t *ordered_lookup(rt_map_t *map, rt_obj_t key, rt_map_lookup_kind_t kind,
                                     bool ptrs_only) {
    rt_map_elem_t *e = map->table, *top = map->table + map->used;
    for (; e < top; e++) {
        if (e->key == key || (!ptrs_only && rt_obj_equal(e->key, key))) {
            if (kind == RT_MAP_LOOKUP_REMOVE_IF_FOUND) {
                // Close the gap; the removed pair goes just past the end for the caller.
                rt_obj_t value = e->value;
                map->used--;
                memmove(e, e + 1, (size_t)(top - e - 1) * sizeof *e);
                e = &map->table[map->used];
                e->key = RT_OBJ_NULL;
                e->value = value;
            }
            return e;
        }
    }
    if (kind != RT_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
        return NULL;
    }
    if (map->is_fixed) {
        rt_raise_msg(&rt_type_TypeError, "object is read-only");
    }
    if (map->used == map->alloc) {
        size_t alloc = map->alloc + 4;
        map->table = rt_gc_realloc(map->table, alloc * sizeof(rt_map_elem_t), true);
        map->alloc = alloc;
    }
    e = &map->table[map->used++];
    e->key = key;
    e->value = RT_OBJ_NULL;
    if (!RT_OBJ_IS_QSTR(key)) {
        map->all_keys_are_qstrs = 0;
    }
    return e;
}

rt_map_elem_t *rt_map_lookup(rt_map_t *map, rt_obj_t key, rt_map_lookup_kind_t kind) {
    bool ptrs_only = map->all_keys_are_qstrs;
    if (ptrs_only && !RT_OBJ_IS_QSTR(key)) {
        if (RT_OBJ_IS_OBJ_OF(key, &rt_type_str)) {
            ptrs_only = false; // a str equal to a qstr key must still be found
        } else if (kind != RT_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            return NULL; // only qstr keys here, and this key equals none of them
        }
    }
    if (map->is_ordered) {
        return ordered_lookup(map, key, kind, ptrs_only);
    }
    if (map->alloc == 0) {
        if (kind != RT_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
            return NULL;
        }
        rehash(map);
    }
    size_t hash = RT_OBJ_IS_QSTR(key) ? rt_qstr_hash(RT_OBJ_QSTR_VALUE(key)) : rt_obj_hash(key);
    size_t pos = hash % map->alloc, start = pos;
    rt_map_elem_t *avail = NULL;
    for (;;) {
        rt_map_elem_t *slot = &map->table[pos];
        if (slot->key == RT_OBJ_NULL) {
            if (kind != RT_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
                return NULL;
            }
            if (avail == NULL) {
                avail = slot;
            }
            break;
        }
        if (slot->key == RT_OBJ_SENTINEL) {
            if (avail == NULL) {
                avail = slot;
            }
        } else if (slot->key == key || (!ptrs_only && rt_obj_equal(slot->key, key))) {
            if (kind == RT_MAP_LOOKUP_REMOVE_IF_FOUND) {
                map->used--;
                // A slot followed by a never-used one can become never-used itself.
                slot->key = map->table[(pos + 1) % map->alloc].key == RT_OBJ_NULL ? RT_OBJ_NULL
                                                                                  : RT_OBJ_SENTINEL;
            }
            return slot;
        }
        pos = (pos + 1) % map->alloc;
        if (pos == start) {
            if (kind != RT_MAP_LOOKUP_ADD_IF_NOT_FOUND) {
                return NULL;
            }
            if (avail != NULL) {
                break;
            }
            rehash(map); // full: grow and search again
            pos = start = hash % map->alloc;
        }
    }
    map->used++;
    avail->key = key;
    avail->value = RT_OBJ_NULL;
    if (!RT_OBJ_IS_QSTR(key)) {
        map->all_keys_are_qstrs = 0;
    }
    return avail;
}
