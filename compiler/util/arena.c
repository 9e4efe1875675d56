// Arena allocator: a chain of malloc'd blocks, doubling up to a cap, with large requests given a
// block of their own so that small allocations keep filling the current block. Blocks handed
// back by arena_rewind and arena_give are reused before malloc is asked for more.
#include "arena.h"

#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *next;
    size_t size;     // usable bytes after the header
    uint32_t serial; // order of taking into use (arena_rewind drops those after a mark)
    max_align_t data[];
};

// Allocations are aligned for pointers, 64-bit integers and doubles, the widest things the
// compiler keeps in an arena; max_align_t (16 bytes on x86-64, for long double) would round
// every 24- or 40-byte node up to the next multiple of 16.
enum { ALIGN = 8, FIRST_BLOCK = 16 * 1024, MAX_BLOCK = 1024 * 1024 };
_Static_assert(_Alignof(void *) <= ALIGN && _Alignof(double) <= ALIGN &&
                   _Alignof(int64_t) <= ALIGN && _Alignof(size_t) <= ALIGN,
               "arena alignment covers the types kept in arenas");

void arena_init(arena *a) {
    memset(a, 0, sizeof(*a));
    a->fail_after = -1;
}

void arena_fini(arena *a) {
    for (arena_block *b = a->spare, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    a->spare = NULL;
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->cur = a->end = NULL;
}

void arena_fail_after(arena *a, long n) {
    a->fail_after = n;
}

// A block of `size` usable bytes: the first spare with at least `min`, else a new one.
static arena_block *new_block(arena *a, size_t size, size_t min) {
    for (arena_block **link = &a->spare; *link; link = &(*link)->next) {
        if ((*link)->size >= min) {
            arena_block *b = *link;
            *link = b->next;
            b->serial = a->n_blocks++;
            return b;
        }
    }
    arena_block *b = malloc(sizeof(arena_block) + size);
    if (!b) {
        a->failed = true;
        return NULL;
    }
    b->size = size;
    b->serial = a->n_blocks++;
    a->n_bytes += size;
    return b;
}

void *arena_alloc(arena *a, size_t size) {
    if (a->fail_after >= 0 && a->fail_after-- == 0) {
        a->failed = true;
        return NULL;
    }
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0) {
        size = ALIGN;
    }
    if ((size_t)(a->end - a->cur) >= size) {
        void *p = a->cur;
        a->cur += size;
        return p;
    }
    size_t last = a->head ? a->head->size : FIRST_BLOCK / 2;
    size_t want = last * 2 > MAX_BLOCK ? MAX_BLOCK : last * 2;
    if (size > want / 4) {
        // A big request gets its own block behind the current one, keeping the free tail.
        arena_block *b = new_block(a, size, size);
        if (!b) {
            return NULL;
        }
        if (a->head) {
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = NULL;
            a->head = b;
            a->cur = a->end = (char *)b->data + size;
        }
        return b->data;
    }
    arena_block *b = new_block(a, want, size);
    if (!b) {
        return NULL;
    }
    b->next = a->head;
    a->head = b;
    a->cur = (char *)b->data + size;
    a->end = (char *)b->data + b->size;
    return b->data;
}

void *arena_zalloc(arena *a, size_t size) {
    void *p = arena_alloc(a, size);
    if (p) {
        memset(p, 0, size);
    }
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t len) {
    char *p = arena_alloc(a, len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

void *arena_grow(arena *a, void *p, size_t old_size, size_t new_size) {
    size_t old_al = (old_size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    size_t new_al = (new_size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (p && (char *)p + old_al == a->cur && (size_t)(a->end - (char *)p) >= new_al) {
        a->cur = (char *)p + new_al;
        return p;
    }
    void *q = arena_alloc(a, new_size);
    if (q && p) {
        memcpy(q, p, old_size < new_size ? old_size : new_size);
    }
    return q;
}

arena_mark arena_save(const arena *a) {
    return (arena_mark){a->cur, a->end, a->n_blocks};
}

// Blocks made after the mark are either in front of the block that was current then or (big
// requests) right behind a current block, so unlinking them leaves the older chain as it was,
// with the marked block at its head again. They become spares.
void arena_rewind(arena *a, arena_mark m) {
    for (arena_block **link = &a->head; *link;) {
        arena_block *b = *link;
        if (b->serial >= m.n_blocks) {
            *link = b->next;
            b->next = a->spare;
            a->spare = b;
        } else {
            link = &b->next;
        }
    }
    a->cur = m.cur;
    a->end = m.end;
}

void arena_give(arena *to, arena *from) {
    for (arena_block *b = from->head, *next; b; b = next) {
        next = b->next;
        b->next = to->spare;
        to->spare = b;
    }
    for (arena_block *b = from->spare, *next; b; b = next) {
        next = b->next;
        b->next = to->spare;
        to->spare = b;
    }
    to->n_bytes += from->n_bytes;
    from->n_bytes = 0;
    from->head = from->spare = NULL;
    from->cur = from->end = NULL;
}
