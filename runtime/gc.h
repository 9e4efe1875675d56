// The garbage-collected heap: one fixed region handed over by the port, cut into blocks of
// RT_CONFIG_GC_BLOCK_BYTES, with a 2-bit allocation table per block. Collection is mark-sweep
// and conservative: any word on the C stack, in a saved register, in rt_state.roots or inside
// a reachable block that points into an allocated block keeps that block alive (interior
// pointers included). Nothing here calls malloc; there are no finalisers yet.
#ifndef RT_GC_H
#define RT_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rt_config.h"

typedef struct rt_gc_state {
    uint8_t *atb;         // allocation table, 4 blocks per byte (2 bits each, block 0 lowest)
    uint8_t *pool;        // first block
    uint8_t *pool_end;    // one past the last block
    size_t n_blocks;      // blocks in the pool
    size_t first_free;    // no free block lies below this one
    size_t next_fit;      // where the next search for free blocks starts
    size_t alloc_blocks;  // blocks allocated since the last collection
    size_t threshold;     // collect when alloc_blocks exceeds it; SIZE_MAX = only when full
    unsigned lock_depth;  // > 0 while collecting: allocation fails, free is ignored
    unsigned heap_locked; // micropython.heap_lock() nesting: allocation fails
    bool auto_collect;    // gc.enable() / gc.disable()
    bool stress;          // collect before every allocation
    bool mark_overflow;   // the mark stack overflowed: rescan the heap for unvisited children
    size_t mark_sp;
    size_t n_collections;
    void *mark_stack[RT_CONFIG_GC_MARK_STACK];
} rt_gc_state_t;

typedef struct rt_gc_info {
    size_t total;     // bytes in the pool
    size_t used;      // bytes in allocated blocks
    size_t free;      // bytes in free blocks
    size_t max_free;  // bytes in the largest run of free blocks
    size_t n_used;    // allocations
    size_t max_block; // bytes in the largest allocation
} rt_gc_info_t;

// Takes over [base, base + len) for the allocation table and the pool. Needs a few blocks.
void rt_gc_init(void *base, size_t len);

// Zeroed memory for `n` bytes (n may be 0). rt_gc_alloc raises MemoryError when the heap is
// full (after a collection) or locked; the _maybe forms return NULL instead.
void *rt_gc_alloc(size_t n);
void *rt_gc_alloc_maybe(size_t n);

// Resizes an allocation; grows in place when the following blocks are free, else (if
// allow_move) moves it. The new part is zeroed. NULL `p` allocates. Returns NULL (maybe) or
// raises when neither works; the old block is then unchanged.
void *rt_gc_realloc(void *p, size_t n, bool allow_move);
void *rt_gc_realloc_maybe(void *p, size_t n, bool allow_move);

// Gives a block back before the next collection would find it (optional; ignored while
// collecting or for pointers that are not the start of an allocation).
void rt_gc_free(void *p);

// Bytes usable in the allocation that starts at `p` (a multiple of the block size), 0 if `p`
// is not the start of an allocation.
size_t rt_gc_nbytes(const void *p);

// True if `p` points into the pool (allocated or not).
bool rt_gc_is_heap_ptr(const void *p);

void rt_gc_collect(void);
void rt_gc_info(rt_gc_info_t *info);

// gc.threshold(): collect after `bytes` more bytes were allocated; SIZE_MAX disables.
void rt_gc_set_threshold(size_t bytes);
size_t rt_gc_get_threshold(void);
void rt_gc_set_stress(bool on);

// micropython.heap_lock()/heap_unlock(): while locked every allocation raises MemoryError.
void rt_gc_heap_lock(void);
unsigned rt_gc_heap_unlock(void); // returns the remaining depth

// Typed helpers.
#define RT_NEW(type) ((type *)rt_gc_alloc(sizeof(type)))
// rt_gc_alloc_var(header, item, n): header + item * n bytes; MemoryError on overflow.
void *rt_gc_alloc_var(size_t header, size_t item, size_t n);
#define RT_NEW_VAR(type, item_type, n) \
    ((type *)rt_gc_alloc_var(sizeof(type), sizeof(item_type), (n)))
#define RT_NEW_ARRAY(item_type, n) ((item_type *)rt_gc_alloc_var(0, sizeof(item_type), (n)))

// RT_GC_KEEP(p): `p` stays live, in a register or stack slot the collector scans, up to this
// point. Needed after a loop that walks a GC buffer while it allocates: the optimiser may keep
// only a cursor that ends one past the last item, which is the next allocation's address and
// does not keep the buffer alive (interior pointers do, one-past-the-end ones cannot).
#if defined(__GNUC__)
#define RT_GC_KEEP(p) __asm__ volatile("" : : "g"(p) : "memory")
#else
#define RT_GC_KEEP(p) ((void)*(void *volatile *)&(p))
#endif

#endif
