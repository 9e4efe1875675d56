// The arena (compiler/util/arena.c): alignment, growth in place, and rewinding to a mark, which
// hands back everything allocated since (small allocations, new blocks, big requests' own
// blocks) and keeps everything before it intact.
#include <stdint.h>
#include <string.h>

#include <criterion/criterion.h>

#include "util/arena.h"

TestSuite(arena);

Test(arena, allocations_are_eight_byte_aligned_and_distinct) {
    arena a;
    arena_init(&a);
    char *prev = NULL;
    for (size_t size = 0; size < 300; size++) {
        char *p = arena_alloc(&a, size);
        cr_assert(p != NULL);
        cr_expect((uintptr_t)p % 8 == 0, "size %zu", size);
        cr_expect(prev == NULL || p != prev);
        memset(p, 0xab, size);
        prev = p;
    }
    arena_fini(&a);
}

Test(arena, grow_keeps_the_bytes) {
    arena a;
    arena_init(&a);
    uint32_t *v = arena_alloc(&a, 4 * sizeof *v);
    for (uint32_t i = 0; i < 4; i++) {
        v[i] = i;
    }
    size_t cap = 4;
    for (int round = 0; round < 12; round++) {
        arena_alloc(&a, 24); // sometimes in the way of growing in place
        v = arena_grow(&a, v, cap * sizeof *v, 2 * cap * sizeof *v);
        cr_assert(v != NULL);
        for (size_t i = cap; i < 2 * cap; i++) {
            v[i] = (uint32_t)i;
        }
        cap *= 2;
    }
    for (size_t i = 0; i < cap; i++) {
        cr_expect(v[i] == i, "item %zu", i);
    }
    arena_fini(&a);
}

// Fills `n` allocations of `size` bytes with `byte`.
static void fill(arena *a, int n, size_t size, int byte) {
    for (int i = 0; i < n; i++) {
        char *p = arena_alloc(a, size);
        cr_assert(p != NULL);
        memset(p, byte, size);
    }
}

Test(arena, rewind_reuses_what_came_after_the_mark) {
    static const size_t sizes[] = {8, 100, 5000, 40000, 300000}; // small to own-block sized
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        arena a;
        arena_init(&a);
        char *before = arena_alloc(&a, 64);
        memset(before, 'x', 64);
        size_t bytes = a.n_bytes;
        arena_mark m = arena_save(&a);
        char *first = arena_alloc(&a, sizes[k]);
        fill(&a, 200, sizes[k], 'y'); // several new blocks for the larger sizes
        size_t held = a.n_bytes;
        cr_expect(held > bytes || sizes[k] < 64);
        arena_rewind(&a, m);
        for (int i = 0; i < 64; i++) {
            cr_expect(before[i] == 'x');
        }
        // Allocation resumes where the mark was (in the marked block, for requests that fit
        // it), and the same work again takes no new block.
        char *again = arena_alloc(&a, sizes[k]);
        cr_assert(again != NULL);
        cr_expect(sizes[k] > 100 || again == first, "size %zu: the memory is reused", sizes[k]);
        fill(&a, 200, sizes[k], 'z');
        cr_expect(a.n_bytes == held, "size %zu: %zu bytes held, %zu the first time", sizes[k],
                  a.n_bytes, held);
        arena_fini(&a);
    }
}

Test(arena, rewind_of_an_empty_arena_and_nested_marks) {
    arena a;
    arena_init(&a);
    arena_mark m0 = arena_save(&a);
    fill(&a, 50, 1000, 'a');
    arena_mark m1 = arena_save(&a);
    fill(&a, 50, 70000, 'b');
    arena_mark m2 = arena_save(&a);
    fill(&a, 50, 100, 'c');
    arena_rewind(&a, m2);
    arena_rewind(&a, m1);
    fill(&a, 20, 3000, 'd');
    arena_rewind(&a, m0);
    cr_expect(a.head == NULL);
    fill(&a, 5, 10, 'e');
    arena_fini(&a);
}

// A stage's arena handed to the next: everything in it is gone, its blocks serve the other
// arena before malloc does, and the emptied arena works again.
Test(arena, give_hands_the_blocks_over) {
    arena from, to;
    arena_init(&from);
    arena_init(&to);
    fill(&to, 3, 100, 'a');
    fill(&from, 100, 60000, 'b');
    size_t given = from.n_bytes, had = to.n_bytes;
    arena_give(&to, &from);
    cr_expect(from.n_bytes == 0 && from.head == NULL);
    cr_expect(to.n_bytes == had + given);
    fill(&to, 90, 60000, 'c');
    cr_expect(to.n_bytes == had + given, "no new block while the spares last");
    fill(&from, 10, 1000, 'd');
    arena_fini(&from);
    arena_fini(&to);
}
