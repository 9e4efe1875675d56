// Byte-for-byte comparison with stock mpy-cross: each test drives the bytecode emitter by
// hand through the calls the compiler makes for tests/golden/emit/<name>.py (following
// compiler-semantics.md) and compares the written .mpy with <name>.mpy, which stock mpy-cross
// produced from that source (run in that directory, so the source name is "<name>.py").
#include <stdio.h>
#include <stdlib.h>

#include <criterion/criterion.h>

#include "hand.h"

TestSuite(emit_golden);

// Compiles the scopes declared on h and compares the file with the golden one.
static void check_golden(hand *h, const char *name) {
    const uint8_t *got;
    size_t got_len;
    mpyw_status st;
    bool ok = hand_compile(h, &got, &got_len, &st);
    cr_assert(ok, "%s: emitter error %d, writer status %d", name, (int)h->m.error, (int)st);
    char file[128];
    snprintf(file, sizeof file, "%s.mpy", name);
    size_t want_len;
    uint8_t *want = hand_read_golden(file, &want_len);
    cr_assert(want != NULL, "cannot read golden %s", file);
    char *diff = hand_diff(got, got_len, want, want_len);
    cr_expect(diff[0] == '\0', "%s: %s", name, diff);
    free(diff);
    free(want);
    hand_fini(h);
}

// Module epilogue (5.1).
static void end_module(hand *h) {
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

// ---------------------------------------------------------------------------------------------
// x = 1

static void assign_module(hand *h) {
    hand_line(h, 1);
    EM(h, load_const_small_int, 1);
    hand_store(h, "x");
    end_module(h);
}

Test(emit_golden, assign) {
    hand h;
    hand_init(&h, "assign.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, assign_module);
    hand_id(&h, mod, "x", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    check_golden(&h, "assign");
}

// ---------------------------------------------------------------------------------------------
// print('hi')

static void hello_module(hand *h) {
    hand_line(h, 1);
    hand_load(h, "print");
    EM(h, load_const_str, hand_q(h, "hi"));
    EM(h, call_function, 1, 0, 0);
    EM0(h, pop_top);
    end_module(h);
}

Test(emit_golden, hello) {
    hand h;
    hand_init(&h, "hello.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, hello_module);
    hand_id(&h, mod, "print", SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    check_golden(&h, "hello");
}

// ---------------------------------------------------------------------------------------------
// A for loop over a string with a break (raw POP_TOPs, 6.14) and a while loop with a break.

// if A <op> B: break   (6.9 with c_if_cond, 6.14)
static void if_break(hand *h, uint32_t line, const char *a, const char *str_q, int64_t int_b,
                     unsigned bop, uint32_t brk, bool from_for) {
    hand_line(h, line);
    uint32_t l_end = hand_label(h), l_fail = hand_label(h);
    hand_load(h, a);
    if (str_q) {
        EM(h, load_const_str, hand_q(h, str_q));
    } else {
        EM(h, load_const_small_int, int_b);
    }
    EM(h, binary_op, bop);
    EM(h, pop_jump_if, false, l_fail);
    hand_line(h, line + 1);
    EM(h, unwind_jump, brk, 0, from_for);
    EM(h, label_assign, l_fail);
    EM(h, label_assign, l_end);
}

// n += k  (6.3)
static void aug_add(hand *h, uint32_t line, const char *n, int64_t k) {
    hand_line(h, line);
    hand_load(h, n);
    EM(h, load_const_small_int, k);
    EM(h, binary_op, 14); // INPLACE_ADD
    hand_store(h, n);
}

static void loop_break_module(hand *h) {
    hand_line(h, 1);
    EM(h, load_const_small_int, 0);
    hand_store(h, "n");
    // for c in 'abc':
    hand_line(h, 2);
    uint32_t brk = hand_label(h), cont = hand_label(h), pop = hand_label(h);
    EM(h, load_const_str, hand_q(h, "abc"));
    EM(h, get_iter, true);
    EM(h, label_assign, cont);
    EM(h, for_iter, pop);
    hand_store(h, "c");
    if_break(h, 3, "c", "b", 0, 2 /* EQUAL */, brk, true);
    aug_add(h, 5, "n", 1);
    EM(h, jump, cont);
    EM(h, label_assign, pop);
    EM0(h, for_iter_end);
    EM(h, label_assign, brk);
    // while n < 10:
    hand_line(h, 6);
    brk = hand_label(h);
    cont = hand_label(h);
    uint32_t top = hand_label(h);
    EM(h, jump, cont);
    EM(h, label_assign, top);
    aug_add(h, 7, "n", 3);
    if_break(h, 8, "n", NULL, 5, 1 /* MORE */, brk, false);
    EM(h, label_assign, cont);
    hand_load(h, "n");
    EM(h, load_const_small_int, 10);
    EM(h, binary_op, 0); // LESS
    EM(h, pop_jump_if, true, top);
    EM(h, label_assign, brk);
    end_module(h);
}

Test(emit_golden, loop_break) {
    hand h;
    hand_init(&h, "loop_break.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, loop_break_module);
    hand_id(&h, mod, "n", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, mod, "c", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    check_golden(&h, "loop_break");
}

// ---------------------------------------------------------------------------------------------
// def f(a, b=2, *args, c, d=4, **kw): return a + b + c + d
// print(f(1, c=3))

static void func_defaults_module(hand *h) {
    hand_line(h, 1);
    EM(h, load_const_small_int, 2);           // positional default b
    EM(h, build, 1, EMIT_BUILD_TUPLE);        // at the first keyword-only default (7.1)
    EM(h, build, 0, EMIT_BUILD_MAP);
    EM(h, load_const_small_int, 4);
    EM(h, load_const_str, hand_q(h, "d"));
    EM0(h, store_map);
    scope *f = h->scopes[1];
    f->n_def_pos_args = 1; // set when the function is made (7.1)
    f->flags |= SCOPE_FLAG_DEFKWARGS;
    EM(h, make_function, f, 1, 1);
    hand_store(h, "f");
    hand_line(h, 3);
    hand_load(h, "print");
    hand_load(h, "f");
    EM(h, load_const_small_int, 1);
    EM(h, load_const_str, hand_q(h, "c"));
    EM(h, load_const_small_int, 3);
    EM(h, call_function, 1, 1, 0);
    EM(h, call_function, 1, 0, 0);
    EM0(h, pop_top);
    end_module(h);
}

static void func_defaults_body(hand *h) {
    hand_line(h, 2);
    hand_load(h, "a");
    hand_load(h, "b");
    EM(h, binary_op, 27); // ADD
    hand_load(h, "c");
    EM(h, binary_op, 27);
    hand_load(h, "d");
    EM(h, binary_op, 27);
    EM0(h, return_value);
    EM(h, load_const_tok, EMIT_TOK_NONE); // the function epilogue, dead here
    EM0(h, return_value);
}

Test(emit_golden, func_defaults) {
    hand h;
    hand_init(&h, "func_defaults.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, func_defaults_module);
    hand_id(&h, mod, "f", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, mod, "print", SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    scope *f = hand_scope(&h, SCOPE_FUNCTION, "f", mod, func_defaults_body);
    // After finalisation (4.5): *args swapped with the last plain parameter d.
    hand_id(&h, f, "a", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 0);
    hand_id(&h, f, "b", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 1);
    hand_id(&h, f, "d", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 2);
    hand_id(&h, f, "c", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 3);
    hand_id(&h, f, "args", SCOPE_ID_LOCAL, SCOPE_ID_PARAM | SCOPE_ID_STAR_PARAM, 4);
    hand_id(&h, f, "kw", SCOPE_ID_LOCAL, SCOPE_ID_PARAM | SCOPE_ID_DSTAR_PARAM, 5);
    f->n_pos_args = 2;
    f->n_kwonly_args = 2;
    f->n_locals = 6;
    f->flags = SCOPE_FLAG_VARARGS | SCOPE_FLAG_VARKEYWORDS;
    check_golden(&h, "func_defaults");
}

// ---------------------------------------------------------------------------------------------
// try: x = 1 / finally: print('end')   (6.13 without except clauses)

static void try_finally_module(hand *h) {
    hand_line(h, 1);
    uint32_t l_finally = hand_label(h);
    EM(h, setup_block, l_finally, EMIT_BLOCK_FINALLY);
    EM(h, adjust_stack_size, 3);
    hand_line(h, 2);
    EM(h, load_const_small_int, 1);
    hand_store(h, "x");
    EM(h, adjust_stack_size, -3);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM(h, label_assign, l_finally);
    EM(h, adjust_stack_size, 1);
    hand_line(h, 4);
    hand_load(h, "print");
    EM(h, load_const_str, hand_q(h, "end"));
    EM(h, call_function, 1, 0, 0);
    EM0(h, pop_top);
    EM(h, adjust_stack_size, -1);
    EM0(h, end_finally);
    end_module(h);
}

Test(emit_golden, try_finally) {
    hand h;
    hand_init(&h, "try_finally.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, try_finally_module);
    hand_id(&h, mod, "x", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, mod, "print", SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    check_golden(&h, "try_finally");
}
