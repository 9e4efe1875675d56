// Limits and failures: the longest jumps (golden) and one past them, the -O3 form without line
// numbers (golden), out-of-memory at every allocation, broken call sequences, the module
// tables' ordering rules, and the writer's refusal of an unfinished module.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "hand.h"

TestSuite(emit_limits);

static void compare_with(hand *h, const char *golden) {
    const uint8_t *got;
    size_t got_len;
    mpyw_status st;
    cr_assert(hand_compile(h, &got, &got_len, &st), "emitter error %d, writer %d", (int)h->m.error,
              (int)st);
    size_t want_len;
    uint8_t *want = hand_read_golden(golden, &want_len);
    cr_assert(want != NULL);
    char *diff = hand_diff(got, got_len, want, want_len);
    cr_expect(diff[0] == '\0', "%s: %s", golden, diff);
    free(diff);
    free(want);
}

// while x: a = [b x 100] (80 lines); a = [b x last]   -- jump_limit.py and one item more
static void jump_limit_body(hand *h, int last) {
    hand_line(h, 2);
    uint32_t brk = hand_label(h), cont = hand_label(h), top = hand_label(h);
    EM(h, jump, cont);
    EM(h, label_assign, top);
    for (int line = 0; line <= 80; line++) {
        hand_line(h, 3 + (uint32_t)line);
        int n = line < 80 ? 100 : last;
        for (int i = 0; i < n; i++) {
            hand_load(h, "b");
        }
        EM(h, build, (uint32_t)n, EMIT_BUILD_LIST);
        hand_store(h, "a");
    }
    EM(h, label_assign, cont);
    hand_load(h, "x");
    EM(h, pop_jump_if, true, top);
    EM(h, label_assign, brk);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

static void jump_limit_27(hand *h) {
    jump_limit_body(h, 27);
}

static void jump_limit_28(hand *h) {
    jump_limit_body(h, 28);
}

static void jump_limit_setup(hand *h, const char *source, hand_body body) {
    hand_init(h, source);
    scope *mod = hand_scope(h, SCOPE_MODULE, "<module>", NULL, body);
    hand_id(h, mod, "a", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(h, mod, "b", SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    hand_id(h, mod, "x", SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
}

Test(emit_limits, longest_backward_jump_matches_mpy_cross) {
    hand h;
    jump_limit_setup(&h, "jump_limit.py", jump_limit_27);
    compare_with(&h, "jump_limit.mpy");
    hand_fini(&h);
}

Test(emit_limits, jump_past_16383_is_bytecode_overflow) {
    hand h;
    jump_limit_setup(&h, "jump_over.py", jump_limit_28);
    const uint8_t *out;
    size_t len;
    mpyw_status st;
    cr_expect(!hand_compile(&h, &out, &len, &st));
    cr_expect(h.m.error == EMIT_ERR_BYTECODE_OVERFLOW, "error %d", (int)h.m.error);
    hand_fini(&h);
}

// lines.py again, compiled as with -O3: no line-number entries at all.
static void lines_o3_module(hand *h) {
    static const uint32_t lines[] = {1, 10, 3000};
    const char *names[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
        hand_line(h, lines[i]);
        EM(h, load_const_small_int, i + 1);
        hand_store(h, names[i]);
    }
    hand_line(h, 3001);
    EM(h, load_const_small_int, 1);
    hand_load(h, "e");
    EM(h, binary_op, 27);
    hand_store(h, "d");
    hand_line(h, 3003);
    for (int i = 0; i < 20; i++) {
        hand_load(h, "x");
    }
    EM(h, build, 20, EMIT_BUILD_LIST);
    hand_store(h, "f");
    hand_line(h, 3012);
    EM(h, load_const_small_int, 1);
    hand_store(h, "g");
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

Test(emit_limits, no_lines_matches_mpy_cross_O3) {
    hand h;
    hand_init(&h, "lines.py");
    h.m.no_lines = true;
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, lines_o3_module);
    const char *names[] = {"a", "b", "c", "d", "e", "f", "g", "x"};
    for (size_t i = 0; i < 8; i++) {
        hand_id(&h, mod, names[i], SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    }
    compare_with(&h, "lines_O3.mpy");
    hand_fini(&h);
}

// ---------------------------------------------------------------------------------------------
// Out of memory: closure.py's program with the arena failing at the n-th allocation, for every
// n until it succeeds. Each run must end in a clean NO_MEMORY (emitter or writer) or in the
// golden bytes; ASan checks there is no bad access on the way.

static void oom_module(hand *h) {
    hand_line(h, 1);
    EM(h, make_function, h->scopes[1], 0, 0);
    hand_store(h, "outer");
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

static void oom_outer(hand *h) {
    hand_line(h, 2);
    EM(h, load_const_small_int, 1);
    EM(h, build, 1, EMIT_BUILD_TUPLE);
    EM0(h, load_null);
    h->scopes[2]->n_def_pos_args = 1;
    EM(h, load_id.local, h->scopes[1]->ids[0].name, 0, EMIT_LOCAL_FAST);
    EM(h, make_closure, h->scopes[2], 1, 1, 0);
    hand_store(h, "inner");
    hand_line(h, 6);
    hand_load(h, "inner");
    EM0(h, return_value);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

static void oom_inner(hand *h) {
    hand_line(h, 3);
    hand_line(h, 4);
    hand_load(h, "n");
    hand_load(h, "k");
    EM(h, binary_op, 14);
    hand_store(h, "n");
    hand_line(h, 5);
    hand_load(h, "n");
    EM0(h, return_value);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

Test(emit_limits, out_of_memory_at_every_allocation) {
    size_t want_len;
    uint8_t *want = hand_read_golden("closure.mpy", &want_len);
    cr_assert(want != NULL);
    bool done = false;
    long n;
    for (n = 0; n < 1000 && !done; n++) {
        hand h;
        hand_init(&h, "closure.py");
        scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, oom_module);
        hand_id(&h, mod, "outer", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
        scope *outer = hand_scope(&h, SCOPE_FUNCTION, "outer", mod, oom_outer);
        hand_id(&h, outer, "n", SCOPE_ID_CELL, SCOPE_ID_PARAM, 0);
        hand_id(&h, outer, "inner", SCOPE_ID_LOCAL, 0, 1);
        outer->n_pos_args = 1;
        outer->n_locals = 2;
        scope *inner = hand_scope(&h, SCOPE_FUNCTION, "inner", outer, oom_inner);
        hand_id(&h, inner, "k", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 1);
        hand_id(&h, inner, "n", SCOPE_ID_FREE, 0, 0);
        inner->n_pos_args = 2;
        inner->n_locals = 2;
        arena_fail_after(&h.arena, n);
        const uint8_t *got;
        size_t got_len;
        mpyw_status st;
        if (hand_compile(&h, &got, &got_len, &st)) {
            cr_expect(got_len == want_len && memcmp(got, want, want_len) == 0);
            done = true;
        } else {
            cr_expect(h.m.error == EMIT_ERR_NO_MEMORY || st == MPYW_NO_MEMORY,
                      "n=%ld: error %d, status %d", n, (int)h.m.error, (int)st);
        }
        hand_fini(&h);
    }
    cr_expect(done && n > 5, "succeeded after %ld allocations", n);
    free(want);
}

// ---------------------------------------------------------------------------------------------
// Calls that break the interface's rules are reported, not crashed on.

static void unbalanced_body(hand *h) {
    EM(h, load_const_small_int, 1); // one value too many at the end
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

static void negative_stack_body(hand *h) {
    EM0(h, pop_top);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

static void unassigned_label_body(hand *h) {
    EM(h, jump, 7);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

static void unmatched_end_finally_body(hand *h) {
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, end_finally);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

Test(emit_limits, rule_breaking_calls_are_internal_errors) {
    hand_body bodies[] = {unbalanced_body, negative_stack_body, unassigned_label_body,
                          unmatched_end_finally_body};
    for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
        hand h;
        hand_init(&h, "bad.py");
        hand_scope(&h, SCOPE_MODULE, "<module>", NULL, bodies[i]);
        const uint8_t *out;
        size_t len;
        mpyw_status st;
        cr_expect(!hand_compile(&h, &out, &len, &st), "body %zu", i);
        cr_expect(h.m.error == EMIT_ERR_INTERNAL, "body %zu: error %d", i, (int)h.m.error);
        hand_fini(&h);
    }
}

Test(emit_limits, closure_of_more_than_255_cells_is_too_big) {
    hand h;
    hand_init(&h, "t.py");
    scope s = {.kind = SCOPE_FUNCTION, .simple_name = hand_q(&h, "f")};
    h.ops->start_pass(h.e, EMIT_PASS_STACK_SIZE, &s);
    EM(&h, make_closure, &s, 256, 0, 0);
    cr_expect(h.m.error == EMIT_ERR_TOO_BIG);
    hand_fini(&h);
}

// ---------------------------------------------------------------------------------------------
// Module tables.

Test(emit_limits, qstr_table_keeps_first_use_order_from_the_source_name) {
    hand h;
    hand_init(&h, "src.py");
    intern_id a = hand_q(&h, "a"), b = hand_q(&h, "b"), src = hand_q(&h, "src.py");
    cr_expect(emit_module_use_qstr(&h.m, b) == 1);
    cr_expect(emit_module_use_qstr(&h.m, a) == 2);
    cr_expect(emit_module_use_qstr(&h.m, b) == 1);
    cr_expect(emit_module_use_qstr(&h.m, src) == 0);
    cr_expect(h.m.n_qstrs == 3 && h.m.qstrs[0] == src && h.m.qstrs[1] == b && h.m.qstrs[2] == a);
    hand_fini(&h);
}

Test(emit_limits, object_table_shares_strictly_equal_constants) {
    hand h;
    hand_init(&h, "t.py");
    arena *a = &h.arena;
    cr_expect(emit_module_use_const(&h.m, emit_const_new_float(a, 2.5)) == 0);
    cr_expect(emit_module_use_const(&h.m, emit_const_new_int(a, 2)) == 1);
    cr_expect(emit_module_use_const(&h.m, emit_const_new_float(a, 2.5)) == 0);
    cr_expect(emit_module_use_const(&h.m, emit_const_new_float(a, -0.0)) == 2);
    cr_expect(emit_module_use_const(&h.m, emit_const_new_float(a, 0.0)) == 3);
    cr_expect(emit_module_use_const(&h.m, &emit_const_ellipsis) == 4);
    cr_expect(emit_module_use_const(&h.m, &emit_const_ellipsis) == 4);
    cr_expect(h.m.n_objs == 5);
    hand_fini(&h);
}

Test(emit_limits, writer_refuses_a_module_without_code) {
    hand h;
    hand_init(&h, "t.py");
    const uint8_t *out = NULL;
    size_t len = 0;
    mpyw_options opt = MPYW_DEFAULT_OPTIONS;
    cr_expect(mpyw_write(&h.m, &opt, &h.arena, &out, &len) == MPYW_INCOMPLETE);
    emit_raw_code rc = {0}; // made but never emitted
    h.m.root = &rc;
    cr_expect(mpyw_write(&h.m, &opt, &h.arena, &out, &len) == MPYW_INCOMPLETE);
    cr_expect(out == NULL && len == 0);
    hand_fini(&h);
}

Test(emit_limits, object_table_of_many_constants_is_fast_and_ordered) {
    hand h;
    hand_init(&h, "t.py");
    enum { N = 200000 };
    for (int64_t i = 0; i < N; i++) {
        cr_assert(emit_module_use_const(&h.m, emit_const_new_int(&h.arena, i * 7)) == (uint32_t)i);
    }
    for (int64_t i = N; i-- > 0;) {
        cr_expect(emit_module_use_const(&h.m, emit_const_new_int(&h.arena, i * 7)) == (uint32_t)i);
    }
    cr_expect(h.m.n_objs == N && h.m.error == EMIT_OK);
    hand_fini(&h);
}
