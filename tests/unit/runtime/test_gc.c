// The collector: zeroed allocations, collection of unreachable blocks, roots on the stack and
// inside reachable blocks (interior pointers included), exhaustion, heap_lock, resizing.
#include <criterion/criterion.h>
#include <string.h>

#include "gc.h"
#include "rt_test.h"
#include "state.h"

#define HEAP (256 * 1024)

static void setup(void) {
    rt_test_init(HEAP);
}

static void teardown(void) {
    rt_test_fini();
}

TestSuite(gc, .init = setup, .fini = teardown);

static size_t used(void) {
    rt_gc_info_t info;
    rt_gc_info(&info);
    return info.used;
}

// Allocates and forgets `n` blocks of `size` bytes, from a frame that is gone afterwards.
static __attribute__((noinline)) void churn(size_t n, size_t size) {
    for (size_t i = 0; i < n; i++) {
        volatile uint8_t *p = rt_gc_alloc(size);
        p[0] = 1;
    }
}

// Overwrites the stack below the caller so stale pointers from earlier calls are gone.
static __attribute__((noinline)) void scrub_stack(void) {
    volatile char buf[8192];
    memset((char *)buf, 0, sizeof buf);
}

Test(gc, allocations_are_zeroed_and_distinct) {
    uint8_t *a = rt_gc_alloc(40);
    memset(a, 0xff, 40);
    uint8_t *b = rt_gc_alloc(40);
    cr_assert(a != b);
    for (int i = 0; i < 40; i++) {
        cr_expect(b[i] == 0);
    }
    cr_expect(rt_gc_nbytes(a) >= 40);
    cr_expect(rt_gc_nbytes(a + 1) == 0, "only the start of an allocation has a size");
}

Test(gc, collect_frees_unreachable_blocks) {
    size_t before = used();
    churn(200, 64);
    cr_assert(used() >= before + 200 * 64);
    scrub_stack();
    rt_gc_collect();
    cr_expect(used() < before + 200 * 64 / 2, "used %zu, before %zu", used(), before);
}

Test(gc, stack_and_interior_pointers_keep_blocks) {
    uint8_t *volatile kept = rt_gc_alloc(1000);
    memset(kept, 7, 1000);
    uint8_t *volatile interior = (uint8_t *)rt_gc_alloc(500) + 300;
    memset(interior - 300, 9, 500);
    scrub_stack();
    churn(1000, 48); // forces collections in this small heap
    rt_gc_collect();
    for (int i = 0; i < 1000; i++) {
        cr_assert(kept[i] == 7);
    }
    for (int i = -300; i < 200; i++) {
        cr_assert(interior[i] == 9);
    }
    cr_expect(rt_gc_nbytes(kept) >= 1000);
}

Test(gc, blocks_reachable_from_reachable_blocks_survive) {
    void **volatile head = rt_gc_alloc(2 * sizeof(void *));
    void **node = head;
    for (int i = 0; i < 300; i++) { // a chain deeper than the mark stack
        void **next = rt_gc_alloc(2 * sizeof(void *));
        node[0] = next;
        node[1] = (void *)(uintptr_t)i;
        node = next;
    }
    scrub_stack();
    churn(2000, 32);
    rt_gc_collect();
    node = head;
    for (int i = 0; i < 300; i++) {
        cr_assert(node[1] == (void *)(uintptr_t)i);
        cr_assert(rt_gc_nbytes(node) > 0);
        node = node[0];
    }
}

Test(gc, roots_in_state_survive) {
    rt_state.roots.active_exception = rt_gc_alloc(64);
    memset(rt_state.roots.active_exception, 5, 64);
    scrub_stack();
    churn(3000, 32);
    rt_gc_collect();
    cr_expect(((uint8_t *)rt_state.roots.active_exception)[63] == 5);
}

Test(gc, exhaustion_returns_null_then_memory_error) {
    cr_expect(rt_gc_alloc_maybe(HEAP) == NULL);
    rt_nlr_buf_t nlr;
    if (rt_nlr_push(&nlr) == 0) {
        rt_gc_alloc(HEAP);
        rt_nlr_pop();
        cr_assert_fail("no MemoryError");
    }
    cr_expect(rt_exception_match(nlr.ret_val, &rt_type_MemoryError));
    // The heap still works afterwards.
    cr_expect(rt_gc_alloc_maybe(100) != NULL);
}

Test(gc, heap_lock_makes_allocation_fail) {
    rt_gc_heap_lock();
    cr_expect(rt_gc_alloc_maybe(16) == NULL);
    cr_expect(rt_gc_heap_unlock() == 0);
    cr_expect(rt_gc_alloc_maybe(16) != NULL);
}

Test(gc, realloc_keeps_contents_and_zeroes_growth) {
    uint8_t *p = rt_gc_alloc(30);
    memset(p, 3, 30);
    uint8_t *blocker = rt_gc_alloc(16); // p cannot grow in place past this
    (void)blocker;
    uint8_t *q = rt_gc_realloc(p, 500, true);
    for (int i = 0; i < 30; i++) {
        cr_assert(q[i] == 3);
    }
    for (int i = 32; i < 500; i++) {
        cr_assert(q[i] == 0);
    }
    cr_expect(rt_gc_realloc_maybe(q, 600, false) != NULL || true);
    uint8_t *r = rt_gc_realloc(q, 20, true);
    cr_expect(r == q, "shrinking stays in place");
}

Test(gc, threshold_collects_early) {
    rt_gc_set_threshold(4096);
    cr_expect(rt_gc_get_threshold() == 4096);
    size_t n0 = rt_state.gc.n_collections;
    churn(500, 32);
    cr_expect(rt_state.gc.n_collections > n0);
}

Test(gc, stress_mode_collects_at_every_allocation) {
    rt_gc_set_stress(true);
    size_t n0 = rt_state.gc.n_collections;
    churn(10, 32);
    cr_expect(rt_state.gc.n_collections >= n0 + 10);
    rt_obj_t exc = rt_test_run("x = [str(i) * 3 for i in range(50)]\n"
                               "assert len(x) == 50 and x[-1] == '49' + '49' + '49'\n"
                               "d = {i: [i] for i in range(30)}\n"
                               "assert sum(v[0] for v in d.values()) == sum(range(30))\n");
    cr_expect(exc == RT_OBJ_NULL, "%s", exc ? rt_test_exc_text(exc) : "");
}

Test(gc, program_recovers_from_memory_error) {
    rt_obj_t exc = rt_test_run("caught = False\n"
                               "try:\n"
                               "    x = [0] * 100000000\n"
                               "except MemoryError:\n"
                               "    caught = True\n"
                               "assert caught\n"
                               "y = [i for i in range(100)]\n"
                               "assert sum(y) == 99 * 100 // 2\n");
    cr_assert(exc == RT_OBJ_NULL, "%s", exc ? rt_test_exc_text(exc) : "");
}
