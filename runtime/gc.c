// Mark-sweep collector over the fixed heap (gc.h). Layout of the region given to rt_gc_init:
//
//   base                                                               base + len
//   | allocation table (2 bits per block) | pad | block 0 | block 1 | ... |
//
// Each block's 2-bit state: FREE, HEAD (first block of an allocation), TAIL (a following
// block of the same allocation) or MARK (a HEAD reached during the current collection).
// Allocation takes the first run of free blocks that is long enough; collection marks from
// the roots, the C stack and the registers, then turns unmarked HEADs and their TAILs FREE.
#include "gc.h"

#include <setjmp.h>
#include <string.h>

#include "port.h"
#include "runtime.h"
#include "state.h"

#if RT_HAS_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define BLOCK RT_CONFIG_GC_BLOCK_BYTES
_Static_assert((BLOCK & (BLOCK - 1)) == 0 && BLOCK >= 2 * sizeof(void *),
               "GC block size: a power of two of at least two words");

enum { AT_FREE = 0, AT_HEAD = 1, AT_TAIL = 2, AT_MARK = 3 };

#define GC (rt_state.gc)

static inline unsigned atb_get(size_t b) {
    return (GC.atb[b >> 2] >> ((b & 3) * 2)) & 3;
}

static inline void atb_set(size_t b, unsigned v) {
    uint8_t *p = &GC.atb[b >> 2];
    unsigned sh = (b & 3) * 2;
    *p = (uint8_t)((*p & ~(3u << sh)) | (v << sh));
}

static inline uint8_t *block_ptr(size_t b) {
    return GC.pool + b * BLOCK;
}

// Block index of an address inside the pool, or SIZE_MAX.
static inline size_t block_of(uintptr_t a) {
    uintptr_t lo = (uintptr_t)GC.pool, hi = (uintptr_t)GC.pool_end;
    if (a < lo || a >= hi) {
        return SIZE_MAX;
    }
    return (size_t)((a - lo) / BLOCK);
}

// Blocks in the allocation whose head is `b`.
static size_t alloc_len(size_t b) {
    size_t n = 1;
    while (b + n < GC.n_blocks && atb_get(b + n) == AT_TAIL) {
        n++;
    }
    return n;
}

void rt_gc_init(void *base, size_t len) {
    memset(&GC, 0, sizeof GC);
    uintptr_t start = ((uintptr_t)base + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1);
    uintptr_t end = ((uintptr_t)base + len) & ~(uintptr_t)(BLOCK - 1);
    if (end <= start || end - start < 8 * BLOCK) {
        rt_port_fatal("GC heap too small");
    }
    // n blocks need n / 4 table bytes: n * BLOCK + n / 4 <= space.
    size_t space = (size_t)(end - start);
    size_t n = (space * 4) / (4 * BLOCK + 1);
    size_t atb_len = (n + 3) / 4;
    uintptr_t pool = (start + atb_len + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1);
    n = (size_t)(end - pool) / BLOCK;
    GC.atb = (uint8_t *)start;
    GC.pool = (uint8_t *)pool;
    GC.n_blocks = n;
    GC.pool_end = GC.pool + n * BLOCK;
    memset(GC.atb, 0, atb_len);
    GC.threshold = SIZE_MAX;
    GC.auto_collect = true;
    GC.stress = RT_CONFIG_GC_STRESS;
    POISON(GC.pool, n * BLOCK);
}

// ---------------------------------------------------------------------------------------------
// Marking

// Marks the allocation that `word` points into, if any, and queues it for scanning.
static void mark_candidate(uintptr_t word) {
    size_t b = block_of(word);
    if (b == SIZE_MAX) {
        return;
    }
    unsigned st = atb_get(b);
    while (st == AT_TAIL) {
        // An interior pointer: walk back to the head (whole table bytes of tails at a time).
        if ((b & 3) == 3 && b >= 4 && GC.atb[b >> 2] == 0xaa) {
            b -= 4;
        } else {
            b--;
        }
        st = atb_get(b);
    }
    if (st != AT_HEAD) {
        return; // free, or already marked
    }
    atb_set(b, AT_MARK);
    if (GC.mark_sp < RT_CONFIG_GC_MARK_STACK) {
        GC.mark_stack[GC.mark_sp++] = block_ptr(b);
    } else {
        GC.mark_overflow = true;
    }
}

static void scan_block(size_t b) {
    size_t n = alloc_len(b);
    uintptr_t *w = (uintptr_t *)block_ptr(b);
    uintptr_t *end = w + n * BLOCK / sizeof(uintptr_t);
    for (; w < end; w++) {
        mark_candidate(*w);
    }
}

static void drain(void) {
    for (;;) {
        while (GC.mark_sp > 0) {
            uint8_t *p = GC.mark_stack[--GC.mark_sp];
            scan_block((size_t)(p - GC.pool) / BLOCK);
        }
        if (!GC.mark_overflow) {
            return;
        }
        // Some marked blocks were never scanned: scan every marked block again. Blocks
        // marked during this pass are queued or flagged as usual.
        GC.mark_overflow = false;
        for (size_t b = 0; b < GC.n_blocks; b++) {
            if (atb_get(b) == AT_MARK) {
                scan_block(b);
                while (GC.mark_sp > 0) {
                    uint8_t *p = GC.mark_stack[--GC.mark_sp];
                    scan_block((size_t)(p - GC.pool) / BLOCK);
                }
            }
        }
    }
}

// Scans a range of words that is not itself in the heap (roots, the C stack). The stack holds
// the red zones of instrumented frames, hence no address checking here.
RT_NO_SANITIZE_ADDRESS static void scan_words(const void *start, const void *end) {
    uintptr_t a = ((uintptr_t)start + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (; a + sizeof(uintptr_t) <= (uintptr_t)end; a += sizeof(uintptr_t)) {
        mark_candidate(*(const uintptr_t *)a);
        if (GC.mark_sp >= RT_CONFIG_GC_MARK_STACK / 2) {
            drain();
        }
    }
}

// Spills the callee-saved registers into this frame, then scans the C stack from here up to
// the top recorded at rt_init. setjmp alone is not enough: glibc stores some registers in the
// jmp_buf encrypted (PTR_MANGLE of rbp, rsp and the return address on x86-64), so an object
// that an optimised caller keeps only in rbp across the call into the allocator would look
// unreferenced. With GCC and Clang, __builtin_unwind_init makes this function save every
// callee-saved register in its own frame, in plain form, which the scan below covers.
RT_NOINLINE static void scan_stack(void) {
#if defined(__GNUC__)
    __builtin_unwind_init();
#endif
    jmp_buf regs;
    if (setjmp(regs) != 0) {
        return; // never taken: nothing jumps here
    }
    char *here = (char *)&regs;
    if (rt_state.stack_top != NULL && here < rt_state.stack_top) {
        scan_words(here, rt_state.stack_top);
    }
    drain();
}

static void sweep(void) {
    size_t lowest_free = SIZE_MAX;
    for (size_t b = 0; b < GC.n_blocks;) {
        unsigned st = atb_get(b);
        if (st == AT_MARK) {
            atb_set(b, AT_HEAD);
            b += alloc_len(b);
        } else if (st == AT_HEAD) {
            size_t n = alloc_len(b);
            for (size_t i = 0; i < n; i++) {
                atb_set(b + i, AT_FREE);
            }
            POISON(block_ptr(b), n * BLOCK);
            if (lowest_free == SIZE_MAX) {
                lowest_free = b;
            }
            b += n;
        } else {
            if (st == AT_FREE && lowest_free == SIZE_MAX) {
                lowest_free = b;
            }
            b++;
        }
    }
    GC.first_free = lowest_free == SIZE_MAX ? GC.n_blocks : lowest_free;
    GC.next_fit = GC.first_free;
}

void rt_gc_collect(void) {
    if (GC.lock_depth > 0) {
        return;
    }
    GC.lock_depth++;
    GC.mark_sp = 0;
    GC.mark_overflow = false;
    scan_words(&rt_state.roots, (const char *)&rt_state.roots + sizeof rt_state.roots);
    drain();
    scan_stack();
    sweep();
    GC.alloc_blocks = 0;
    GC.n_collections++;
    GC.lock_depth--;
}

// ---------------------------------------------------------------------------------------------
// Allocation

// First run of `n` free blocks in [from, to), or SIZE_MAX. Table bytes whose four blocks are
// all in use are skipped whole.
static size_t find_free_in(size_t from, size_t to, size_t n) {
    size_t run = 0;
    for (size_t b = from; b < to; b++) {
        if ((b & 3) == 0 && run == 0 && b + 4 <= to) {
            uint8_t a = GC.atb[b >> 2];
            if ((a & 0x03) && (a & 0x0c) && (a & 0x30) && (a & 0xc0)) {
                b += 3; // four used blocks
                continue;
            }
        }
        if (atb_get(b) == AT_FREE) {
            if (++run == n) {
                return b + 1 - n;
            }
        } else {
            run = 0;
        }
    }
    return SIZE_MAX;
}

// Next fit: search on from where the last allocation ended, then from the lowest free block.
static size_t find_free(size_t n) {
    size_t start = GC.next_fit < GC.first_free ? GC.first_free : GC.next_fit;
    size_t b = find_free_in(start, GC.n_blocks, n);
    if (b == SIZE_MAX && start > GC.first_free) {
        size_t end = start + n - 1 < GC.n_blocks ? start + n - 1 : GC.n_blocks;
        b = find_free_in(GC.first_free, end, n);
    }
    return b;
}

static size_t blocks_for(size_t n) {
    if (n == 0) {
        return 1;
    }
    if (n > (size_t)(GC.pool_end - GC.pool)) {
        return SIZE_MAX;
    }
    return (n + BLOCK - 1) / BLOCK;
}

void *rt_gc_alloc_maybe(size_t n) {
    if (GC.lock_depth > 0 || GC.heap_locked > 0) {
        return NULL;
    }
    size_t nb = blocks_for(n);
    if (nb == SIZE_MAX) {
        return NULL;
    }
    if (GC.stress || (GC.auto_collect && GC.alloc_blocks > GC.threshold)) {
        rt_gc_collect();
    }
    size_t b = find_free(nb);
    if (b == SIZE_MAX) {
        rt_gc_collect();
        b = find_free(nb);
        if (b == SIZE_MAX) {
            return NULL;
        }
    }
    atb_set(b, AT_HEAD);
    for (size_t i = 1; i < nb; i++) {
        atb_set(b + i, AT_TAIL);
    }
    if (b == GC.first_free) {
        GC.first_free = b + nb;
    }
    GC.next_fit = b + nb;
    GC.alloc_blocks += nb;
    uint8_t *p = block_ptr(b);
    UNPOISON(p, nb * BLOCK);
    memset(p, 0, nb * BLOCK);
    return p;
}

void *rt_gc_alloc(size_t n) {
    void *p = rt_gc_alloc_maybe(n);
    if (p == NULL) {
        rt_raise_memory_error();
    }
    return p;
}

void *rt_gc_alloc_var(size_t header, size_t item, size_t n) {
    if (item != 0 && n > (SIZE_MAX - header) / item) {
        rt_raise_memory_error();
    }
    return rt_gc_alloc(header + item * n);
}

// Head block of `p` if it is the start of an allocation, else SIZE_MAX.
static size_t head_of(const void *p) {
    uintptr_t a = (uintptr_t)p;
    size_t b = block_of(a);
    if (b == SIZE_MAX || (a - (uintptr_t)GC.pool) % BLOCK != 0) {
        return SIZE_MAX;
    }
    unsigned st = atb_get(b);
    return st == AT_HEAD || st == AT_MARK ? b : SIZE_MAX;
}

bool rt_gc_is_heap_ptr(const void *p) {
    return block_of((uintptr_t)p) != SIZE_MAX;
}

size_t rt_gc_nbytes(const void *p) {
    size_t b = head_of(p);
    return b == SIZE_MAX ? 0 : alloc_len(b) * BLOCK;
}

void rt_gc_free(void *p) {
    if (GC.lock_depth > 0 || p == NULL) {
        return;
    }
    size_t b = head_of(p);
    if (b == SIZE_MAX) {
        return;
    }
    size_t n = alloc_len(b);
    for (size_t i = 0; i < n; i++) {
        atb_set(b + i, AT_FREE);
    }
    POISON(block_ptr(b), n * BLOCK);
    if (b < GC.first_free) {
        GC.first_free = b;
    }
}

void *rt_gc_realloc_maybe(void *p, size_t n, bool allow_move) {
    if (p == NULL) {
        return rt_gc_alloc_maybe(n);
    }
    if (GC.lock_depth > 0 || GC.heap_locked > 0) {
        return NULL;
    }
    size_t b = head_of(p);
    if (b == SIZE_MAX) {
        return NULL;
    }
    size_t have = alloc_len(b);
    size_t want = blocks_for(n);
    if (want == SIZE_MAX) {
        return NULL;
    }
    if (want <= have) {
        for (size_t i = want; i < have; i++) {
            atb_set(b + i, AT_FREE);
        }
        if (want < have) {
            POISON(block_ptr(b + want), (have - want) * BLOCK);
            if (b + want < GC.first_free) {
                GC.first_free = b + want;
            }
        }
        return p;
    }
    // Grow in place when the blocks after it are free.
    size_t more = 0;
    while (have + more < want && b + have + more < GC.n_blocks &&
           atb_get(b + have + more) == AT_FREE) {
        more++;
    }
    if (have + more == want) {
        for (size_t i = have; i < want; i++) {
            atb_set(b + i, AT_TAIL);
        }
        UNPOISON(block_ptr(b + have), (want - have) * BLOCK);
        memset(block_ptr(b + have), 0, (want - have) * BLOCK);
        GC.alloc_blocks += want - have;
        if (GC.first_free > b && GC.first_free < b + want) {
            GC.first_free = b + want;
        }
        return p;
    }
    if (!allow_move) {
        return NULL;
    }
    void *q = rt_gc_alloc_maybe(n);
    if (q == NULL) {
        return NULL;
    }
    memcpy(q, p, have * BLOCK);
    rt_gc_free(p);
    return q;
}

void *rt_gc_realloc(void *p, size_t n, bool allow_move) {
    void *q = rt_gc_realloc_maybe(p, n, allow_move);
    if (q == NULL) {
        rt_raise_memory_error();
    }
    return q;
}

// ---------------------------------------------------------------------------------------------
// Settings and statistics

void rt_gc_info(rt_gc_info_t *info) {
    memset(info, 0, sizeof *info);
    info->total = GC.n_blocks * BLOCK;
    size_t run = 0;
    for (size_t b = 0; b < GC.n_blocks;) {
        unsigned st = atb_get(b);
        if (st == AT_FREE) {
            run++;
            info->free += BLOCK;
            if (run * BLOCK > info->max_free) {
                info->max_free = run * BLOCK;
            }
            b++;
            continue;
        }
        run = 0;
        if (st == AT_HEAD || st == AT_MARK) {
            size_t n = alloc_len(b);
            info->n_used++;
            info->used += n * BLOCK;
            if (n * BLOCK > info->max_block) {
                info->max_block = n * BLOCK;
            }
            b += n;
        } else {
            b++; // a stray tail cannot happen; skip it
        }
    }
}

void rt_gc_set_threshold(size_t bytes) {
    GC.threshold = bytes == SIZE_MAX ? SIZE_MAX : bytes / BLOCK;
}

size_t rt_gc_get_threshold(void) {
    return GC.threshold == SIZE_MAX ? SIZE_MAX : GC.threshold * BLOCK;
}

void rt_gc_set_stress(bool on) {
    GC.stress = on;
}

void rt_gc_heap_lock(void) {
    GC.heap_locked++;
}

unsigned rt_gc_heap_unlock(void) {
    if (GC.heap_locked > 0) {
        GC.heap_locked--;
    }
    return GC.heap_locked;
}
