// Bump allocator that owns everything a compilation unit builds: source text, tokens' payloads,
// AST nodes, tables. Blocks are released together by arena_fini(); nothing allocated here is
// ever passed to free(). Allocation failure is reported by a NULL return and a sticky flag.
#ifndef MPYC_UTIL_ARENA_H
#define MPYC_UTIL_ARENA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct arena_block arena_block;

typedef struct arena {
    arena_block *head;  // newest block; older blocks follow through ->next
    char *cur, *end;    // free space in head
    size_t n_bytes;     // bytes of all blocks held, spares included (for memory reports)
    uint32_t n_blocks;  // blocks ever taken into use: the next one's serial number
    arena_block *spare; // blocks handed back (arena_rewind, arena_give), reused before malloc
    long fail_after;    // test hook: allocations left before failing, or -1 for never
    bool failed;        // set once any allocation failed
} arena;

void arena_init(arena *a);
void arena_fini(arena *a);

// Returns size bytes aligned to 8 (pointers, int64_t, double; not long double), or NULL when
// memory ran out.
void *arena_alloc(arena *a, size_t size);
void *arena_zalloc(arena *a, size_t size);
// Copies len bytes and appends a NUL.
char *arena_strndup(arena *a, const char *s, size_t len);
// Grows the most recent allocation p (of old_size bytes) in place when possible, else copies.
void *arena_grow(arena *a, void *p, size_t old_size, size_t new_size);

// A point to come back to: arena_rewind(a, m) frees everything allocated after arena_save
// made m: the block then current is reused from where it stood, blocks made since are kept as
// spares for the arena's next blocks (memory already touched, so the process's peak does not
// grow while the next step fills it). For a step whose tables die with it; nothing it
// allocated may stay reachable.
typedef struct arena_mark {
    char *cur, *end;
    uint32_t n_blocks;
} arena_mark;
arena_mark arena_save(const arena *a);
void arena_rewind(arena *a, arena_mark m);
// Empties `from` (everything in it is freed) and gives its blocks to `to` as spares: a stage
// whose data died hands its memory to the next one.
void arena_give(arena *to, arena *from);

// Makes the allocation after the next n succeed-then-fail (tests of out-of-memory paths).
void arena_fail_after(arena *a, long n);

#define ARENA_NEW(a, T) ((T *)arena_zalloc((a), sizeof(T)))
#define ARENA_ARRAY(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

#endif
