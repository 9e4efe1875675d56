// Growable arrays on the heap for builders; vec_freeze copies the result into an arena.
// Usage: VEC(int) v = {0}; VEC_PUSH(&v, 3); ... vec_free(&v). VEC_PUSH is false on no memory.
#ifndef MPYC_UTIL_VEC_H
#define MPYC_UTIL_VEC_H

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

#define VEC(T)         \
    struct {           \
        T *items;      \
        size_t n, cap; \
    }

static inline bool vec_reserve_(void **items, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) {
        return true;
    }
    size_t c = *cap ? *cap * 2 : 16;
    while (c < need) {
        c *= 2;
    }
    void *p = realloc(*items, c * elem);
    if (!p) {
        return false;
    }
    *items = p;
    *cap = c;
    return true;
}

#define VEC_RESERVE(v, need) \
    vec_reserve_((void **)&(v)->items, &(v)->cap, (need), sizeof(*(v)->items))
#define VEC_PUSH(v, x) (VEC_RESERVE((v), (v)->n + 1) ? ((v)->items[(v)->n++] = (x), true) : false)
#define VEC_FREE(v) (free((v)->items), (v)->items = NULL, (v)->n = (v)->cap = 0)
static inline void *vec_freeze_(arena *a, const void *items, size_t bytes) {
    void *p = bytes ? arena_alloc(a, bytes) : NULL;
    if (p) {
        memcpy(p, items, bytes);
    }
    return p;
}
// Copies the items into the arena (NULL for none or no memory); the vec stays as it was.
#define VEC_FREEZE(a, v) vec_freeze_((a), (v)->items, (v)->n * sizeof(*(v)->items))

#endif
