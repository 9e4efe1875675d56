// The qstr table (qstr.h): the generated built-in entries, a growable array of dynamic entries
// and one open-addressing hash index over both.
#include "qstr.h"

#include <string.h>

#include "gc.h"
#include "runtime.h"
#include "state.h"

#include "rt_qstrs_data.h"

_Static_assert(RT_QSTR_NUM_BUILTIN < RT_MAX_QSTR_NUMBER, "too many built-in qstrs");

typedef struct dyn_entry {
    const char *str;
    uint16_t len;
    uint16_t hash;
} dyn_entry;

// The dynamic part, one GC block (rt_state.roots.qstr_pool).
typedef struct qstr_pool {
    size_t n;          // dynamic entries in use
    size_t alloc;      // entries allocated
    size_t index_mask; // index slots - 1 (a power of two minus one)
    size_t n_bytes;    // string bytes held
    char *chunk;       // bytes for new strings
    size_t chunk_used, chunk_alloc;
    dyn_entry e[];
} qstr_pool;

#define POOL ((qstr_pool *)rt_state.roots.qstr_pool)
#define INDEX ((uint16_t *)rt_state.roots.qstr_index)

size_t rt_qstr_compute_hash(const uint8_t *s, size_t len) {
    uint32_t h = 5381;
    for (size_t i = 0; i < len; i++) {
        h = (h * 33) ^ s[i];
    }
    h &= 0xffff;
    return h == 0 ? 1 : h;
}

static inline size_t total(void) {
    return RT_QSTR_NUM_BUILTIN + POOL->n;
}

size_t rt_qstr_hash(rt_qstr_t q) {
    return q < RT_QSTR_NUM_BUILTIN ? builtin_hash[q] : POOL->e[q - RT_QSTR_NUM_BUILTIN].hash;
}

size_t rt_qstr_len(rt_qstr_t q) {
    return q < RT_QSTR_NUM_BUILTIN ? builtin_len[q] : POOL->e[q - RT_QSTR_NUM_BUILTIN].len;
}

const char *rt_qstr_str(rt_qstr_t q) {
    return q < RT_QSTR_NUM_BUILTIN ? builtin_str[q] : POOL->e[q - RT_QSTR_NUM_BUILTIN].str;
}

const uint8_t *rt_qstr_data(rt_qstr_t q, size_t *len) {
    *len = rt_qstr_len(q);
    return (const uint8_t *)rt_qstr_str(q);
}

static void index_insert(uint16_t *index, size_t mask, rt_qstr_t q) {
    size_t pos = rt_qstr_hash(q) & mask;
    while (index[pos] != 0) {
        pos = (pos + 1) & mask;
    }
    index[pos] = (uint16_t)q;
}

void rt_qstr_init(void) {
    size_t alloc = 64;
    qstr_pool *pool = rt_gc_alloc(sizeof(qstr_pool) + alloc * sizeof(dyn_entry));
    pool->alloc = alloc;
    size_t slots = 1024;
    while (slots < 2 * RT_QSTR_NUM_BUILTIN + 2 * alloc) {
        slots *= 2;
    }
    pool->index_mask = slots - 1;
    rt_state.roots.qstr_pool = pool;
    rt_state.roots.qstr_index = RT_NEW_ARRAY(uint16_t, slots);
    for (rt_qstr_t q = 1; q < RT_QSTR_NUM_BUILTIN; q++) {
        index_insert(INDEX, pool->index_mask, q);
    }
}

static rt_qstr_t find(const char *s, size_t len, size_t hash) {
    size_t mask = POOL->index_mask;
    for (size_t pos = hash & mask;; pos = (pos + 1) & mask) {
        rt_qstr_t q = INDEX[pos];
        if (q == 0) {
            return 0;
        }
        if (rt_qstr_hash(q) == hash && rt_qstr_len(q) == len &&
            memcmp(rt_qstr_str(q), s, len) == 0) {
            return q;
        }
    }
}

rt_qstr_t rt_qstr_find_strn(const char *s, size_t len) {
    return find(s, len, rt_qstr_compute_hash((const uint8_t *)s, len));
}

// Makes room for one more dynamic entry and keeps the index at most half full.
static void grow(void) {
    qstr_pool *pool = POOL;
    if (total() >= RT_MAX_QSTR_NUMBER) {
        rt_raise_msg(&rt_type_RuntimeError, "too many qstrs");
    }
    if (pool->n == pool->alloc) {
        size_t alloc = pool->alloc * 2;
        pool = rt_gc_realloc(pool, sizeof(qstr_pool) + alloc * sizeof(dyn_entry), true);
        pool->alloc = alloc;
        rt_state.roots.qstr_pool = pool;
    }
    if (2 * (total() + 1) > pool->index_mask + 1) {
        size_t slots = 2 * (pool->index_mask + 1);
        uint16_t *index = RT_NEW_ARRAY(uint16_t, slots);
        for (rt_qstr_t q = 1; q < total(); q++) {
            index_insert(index, slots - 1, q);
        }
        rt_gc_free(rt_state.roots.qstr_index);
        rt_state.roots.qstr_index = index;
        POOL->index_mask = slots - 1;
    }
}

static rt_qstr_t add(const char *s, size_t len, size_t hash) {
    qstr_pool *pool = POOL;
    size_t i = pool->n++;
    pool->e[i].str = s;
    pool->e[i].len = (uint16_t)len;
    pool->e[i].hash = (uint16_t)hash;
    pool->n_bytes += len + 1;
    rt_qstr_t q = RT_QSTR_NUM_BUILTIN + i;
    index_insert(INDEX, pool->index_mask, q);
    return q;
}

static rt_qstr_t intern(const char *s, size_t len, bool copy) {
    if (len > 0xffff) {
        rt_raise_msg(&rt_type_RuntimeError, "name too long");
    }
    size_t hash = rt_qstr_compute_hash((const uint8_t *)s, len);
    rt_qstr_t q = find(s, len, hash);
    if (q != 0) {
        return q;
    }
    grow();
    if (copy) {
        qstr_pool *pool = POOL;
        if (pool->chunk == NULL || pool->chunk_alloc - pool->chunk_used < len + 1) {
            size_t n = len + 1 > 128 ? len + 1 : 128;
            char *chunk = rt_gc_alloc(n);
            pool = POOL; // unchanged: the allocation cannot move the pool
            pool->chunk = chunk;
            pool->chunk_used = 0;
            pool->chunk_alloc = n;
        }
        char *dst = pool->chunk + pool->chunk_used;
        memcpy(dst, s, len);
        dst[len] = 0;
        pool->chunk_used += len + 1;
        s = dst;
    }
    return add(s, len, hash);
}

rt_qstr_t rt_qstr_from_strn(const char *s, size_t len) {
    return intern(s, len, true);
}

rt_qstr_t rt_qstr_from_str(const char *s) {
    return intern(s, strlen(s), true);
}

rt_qstr_t rt_qstr_from_strn_static(const char *s, size_t len) {
    return intern(s, len, false);
}

void rt_qstr_stats(size_t *n_dynamic, size_t *n_bytes) {
    *n_dynamic = POOL->n;
    *n_bytes = POOL->n_bytes;
}
