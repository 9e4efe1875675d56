// Byte-for-byte comparison with stock mpy-cross: each test drives the bytecode emitter by
// hand through the calls the compiler makes for tests/golden/emit/<name>.py (following
// compiler-semantics.md) and compares the written .mpy with <name>.mpy, which stock mpy-cross
// produced from that source (run in that directory, so the source name is "<name>.py").
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    EM(h, load_const_small_int, 2);    // positional default b
    EM(h, build, 1, EMIT_BUILD_TUPLE); // at the first keyword-only default (7.1)
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

// ---------------------------------------------------------------------------------------------
// try/except with `as`, a tuple of types, a bare except that re-raises, and else (6.12).

static void try_except_module(hand *h) {
    hand_line(h, 1);
    uint32_t l_handler = hand_label(h), l_success = hand_label(h);
    EM(h, setup_block, l_handler, EMIT_BLOCK_EXCEPT);
    hand_line(h, 2);
    hand_load(h, "int");
    EM(h, load_const_str, hand_q(h, "5"));
    EM(h, call_function, 1, 0, 0);
    hand_store(h, "x");
    EM(h, pop_except_jump, l_success, false);
    EM(h, label_assign, l_handler);
    EM0(h, start_except_handler);
    uint32_t l_end = hand_label(h);

    // except ValueError as e: print(e)
    uint32_t l_next = hand_label(h);
    EM0(h, dup_top);
    hand_load(h, "ValueError");
    EM(h, binary_op, 8); // EXCEPTION_MATCH
    EM(h, pop_jump_if, false, l_next);
    hand_store(h, "e");
    uint32_t l_cleanup = hand_label(h);
    EM(h, setup_block, l_cleanup, EMIT_BLOCK_FINALLY);
    hand_line(h, 4);
    hand_load(h, "print");
    hand_load(h, "e");
    EM(h, call_function, 1, 0, 0);
    EM0(h, pop_top);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM(h, label_assign, l_cleanup);
    EM(h, adjust_stack_size, 1);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    hand_store(h, "e");
    hand_delete(h, "e");
    EM(h, adjust_stack_size, -1);
    EM0(h, end_finally);
    EM(h, pop_except_jump, l_end, true);
    EM(h, label_assign, l_next);
    EM(h, adjust_stack_size, 1);

    // except (TypeError, KeyError): pass
    l_next = hand_label(h);
    EM0(h, dup_top);
    hand_line(h, 5);
    hand_load(h, "TypeError");
    hand_load(h, "KeyError");
    EM(h, build, 2, EMIT_BUILD_TUPLE);
    EM(h, binary_op, 8);
    EM(h, pop_jump_if, false, l_next);
    EM0(h, pop_top);
    hand_line(h, 6);
    EM(h, pop_except_jump, l_end, true);
    EM(h, label_assign, l_next);
    EM(h, adjust_stack_size, 1);

    // except: raise
    l_next = hand_label(h);
    EM0(h, pop_top);
    hand_line(h, 8);
    EM(h, raise_varargs, 0);
    EM(h, pop_except_jump, l_end, true);
    EM(h, label_assign, l_next);
    EM(h, adjust_stack_size, 1);

    EM0(h, end_finally);
    EM0(h, end_except_handler);
    EM(h, label_assign, l_success);
    hand_line(h, 10);
    EM(h, load_const_small_int, 0);
    hand_store(h, "x");
    EM(h, label_assign, l_end);
    end_module(h);
}

Test(emit_golden, try_except) {
    hand h;
    hand_init(&h, "try_except.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, try_except_module);
    const char *names[] = {"int", "x", "ValueError", "e", "print", "TypeError", "KeyError"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        hand_id(&h, mod, names[i], SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    }
    check_golden(&h, "try_except");
}

// ---------------------------------------------------------------------------------------------
// with open('f') as f, lock: data = f.read()   (6.15: nested single-item withs)

static void with_stmt_module(hand *h) {
    hand_line(h, 1);
    uint32_t l_end1 = hand_label(h);
    hand_load(h, "open");
    EM(h, load_const_str, hand_q(h, "f"));
    EM(h, call_function, 1, 0, 0);
    EM(h, setup_block, l_end1, EMIT_BLOCK_WITH);
    hand_store(h, "f");
    uint32_t l_end2 = hand_label(h);
    hand_load(h, "lock");
    EM(h, setup_block, l_end2, EMIT_BLOCK_WITH);
    EM0(h, pop_top);
    hand_line(h, 2);
    hand_load(h, "f");
    EM(h, load_method, hand_q(h, "read"), false);
    EM(h, call_method, 0, 0, 0);
    hand_store(h, "data");
    EM(h, with_cleanup, l_end2);
    EM0(h, end_finally);
    EM(h, with_cleanup, l_end1);
    EM0(h, end_finally);
    end_module(h);
}

Test(emit_golden, with_stmt) {
    hand h;
    hand_init(&h, "with_stmt.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, with_stmt_module);
    hand_id(&h, mod, "open", SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    hand_id(&h, mod, "f", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, mod, "lock", SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    hand_id(&h, mod, "data", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    check_golden(&h, "with_stmt");
}

// ---------------------------------------------------------------------------------------------
// A closure with a default, nonlocal and a cell parameter (7.1, 4.5, prelude cell info).

static void closure_module(hand *h) {
    hand_line(h, 1);
    EM(h, make_function, h->scopes[1], 0, 0);
    hand_store(h, "outer");
    end_module(h);
}

static void closure_outer(hand *h) {
    hand_line(h, 2);
    EM(h, load_const_small_int, 1);
    EM(h, build, 1, EMIT_BUILD_TUPLE);
    EM0(h, load_null);
    h->scopes[2]->n_def_pos_args = 1;
    EM(h, load_id.local, hand_q(h, "n"), 0, EMIT_LOCAL_FAST); // the cell itself
    EM(h, make_closure, h->scopes[2], 1, 1, 0);
    hand_store(h, "inner");
    hand_line(h, 6);
    hand_load(h, "inner");
    EM0(h, return_value);
    end_module(h);
}

static void closure_inner(hand *h) {
    hand_line(h, 3); // nonlocal n: no code, but a line entry
    hand_line(h, 4);
    hand_load(h, "n");
    hand_load(h, "k");
    EM(h, binary_op, 14);
    hand_store(h, "n");
    hand_line(h, 5);
    hand_load(h, "n");
    EM0(h, return_value);
    end_module(h);
}

Test(emit_golden, closure) {
    hand h;
    hand_init(&h, "closure.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, closure_module);
    hand_id(&h, mod, "outer", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    scope *outer = hand_scope(&h, SCOPE_FUNCTION, "outer", mod, closure_outer);
    hand_id(&h, outer, "n", SCOPE_ID_CELL, SCOPE_ID_PARAM, 0);
    hand_id(&h, outer, "inner", SCOPE_ID_LOCAL, 0, 1);
    outer->n_pos_args = 1;
    outer->n_locals = 2;
    scope *inner = hand_scope(&h, SCOPE_FUNCTION, "inner", outer, closure_inner);
    hand_id(&h, inner, "k", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 1);
    hand_id(&h, inner, "n", SCOPE_ID_FREE, 0, 0);
    inner->n_pos_args = 2; // k and the hidden free variable
    inner->n_locals = 2;
    check_golden(&h, "closure");
}

// ---------------------------------------------------------------------------------------------
// class A(B) with a method calling super() (6.20, 4.6, 7.8).

static void class_super_module(hand *h) {
    hand_line(h, 1);
    EM0(h, load_build_class);
    EM(h, make_function, h->scopes[1], 0, 0);
    EM(h, load_const_str, hand_q(h, "A"));
    hand_load(h, "B");
    EM(h, call_function, 3, 0, 0);
    hand_store(h, "A");
    end_module(h);
}

static void class_super_body(hand *h) {
    hand_load(h, "__name__");
    hand_store(h, "__module__");
    EM(h, load_const_str, hand_q(h, "A"));
    hand_store(h, "__qualname__");
    hand_line(h, 2);
    EM(h, load_const_small_int, 1);
    hand_store(h, "x");
    hand_line(h, 3);
    EM(h, load_id.local, hand_q(h, "__class__"), 0, EMIT_LOCAL_FAST);
    EM(h, make_closure, h->scopes[2], 1, 0, 0);
    hand_store(h, "m");
    EM(h, load_id.local, hand_q(h, "__class__"), 0, EMIT_LOCAL_FAST); // the cell (4.6)
    EM0(h, return_value);
}

static void class_super_method(hand *h) {
    hand_line(h, 4);
    hand_load(h, "super");
    hand_load(h, "__class__");
    hand_load(h, "self");
    EM(h, load_method, hand_q(h, "m"), true);
    hand_load(h, "a");
    EM(h, call_method, 1, 0, 0);
    EM0(h, return_value);
    end_module(h);
}

Test(emit_golden, class_super) {
    hand h;
    hand_init(&h, "class_super.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, class_super_module);
    hand_id(&h, mod, "A", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, mod, "B", SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    scope *cls = hand_scope(&h, SCOPE_CLASS, "A", mod, class_super_body);
    hand_id(&h, cls, "__class__", SCOPE_ID_CELL, 0, 0);
    hand_id(&h, cls, "__name__", SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    hand_id(&h, cls, "__module__", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, cls, "__qualname__", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, cls, "x", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, cls, "m", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    cls->n_locals = 1;
    scope *m = hand_scope(&h, SCOPE_FUNCTION, "m", cls, class_super_method);
    hand_id(&h, m, "self", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 1);
    hand_id(&h, m, "a", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 2);
    hand_id(&h, m, "super", SCOPE_ID_GLOBAL_EXPLICIT, 0, 0);
    hand_id(&h, m, "__class__", SCOPE_ID_FREE, 0, 0);
    m->n_pos_args = 3;
    m->n_locals = 3;
    check_golden(&h, "class_super");
}

// ---------------------------------------------------------------------------------------------
// A list comprehension with a condition, a dict comprehension, a generator expression (5.5).

static void comps_module(hand *h) {
    hand_line(h, 1);
    EM(h, make_function, h->scopes[1], 0, 0);
    hand_load(h, "range");
    EM(h, load_const_small_int, 5);
    EM(h, call_function, 1, 0, 0);
    EM(h, call_function, 1, 0, 0);
    hand_store(h, "a");
    hand_line(h, 2);
    EM(h, make_function, h->scopes[2], 0, 0);
    hand_load(h, "a");
    EM(h, call_function, 1, 0, 0);
    hand_store(h, "b");
    hand_line(h, 3);
    EM(h, make_function, h->scopes[3], 0, 0);
    hand_load(h, "a");
    EM(h, get_iter, false);
    EM(h, call_function, 1, 0, 0);
    hand_store(h, "c");
    end_module(h);
}

// The loop of a one-`for` comprehension around `inner`.
static void comp_loop(hand *h, void (*inner)(hand *h, uint32_t l_top)) {
    uint32_t l_top = hand_label(h), l_end = hand_label(h);
    EM(h, label_assign, l_top);
    EM(h, for_iter, l_end);
    inner(h, l_top);
    EM(h, jump, l_top);
    EM(h, label_assign, l_end);
    EM0(h, for_iter_end);
}

static void listcomp_inner(hand *h, uint32_t l_top) {
    hand_store(h, "i");
    hand_load(h, "i");
    EM(h, pop_jump_if, false, l_top);
    hand_load(h, "i");
    EM(h, load_const_small_int, 2);
    EM(h, binary_op, 29); // MULTIPLY
    EM(h, store_comp, SCOPE_LIST_COMP, 5);
}

static void dictcomp_inner(hand *h, uint32_t l_top) {
    EM(h, unpack_sequence, 2);
    hand_store(h, "k");
    hand_store(h, "v");
    hand_load(h, "v");
    hand_load(h, "k");
    EM(h, store_comp, SCOPE_DICT_COMP, 5);
}

static void genexpr_inner(hand *h, uint32_t l_top) {
    hand_store(h, "x");
    hand_load(h, "x");
    EM(h, yield, EMIT_YIELD_VALUE);
    EM0(h, pop_top);
}

static void listcomp_body(hand *h) {
    hand_line(h, 1);
    EM(h, build, 0, EMIT_BUILD_LIST);
    hand_load(h, "");
    EM(h, get_iter, true);
    comp_loop(h, listcomp_inner);
    EM0(h, return_value);
}

static void dictcomp_body(hand *h) {
    hand_line(h, 2);
    EM(h, build, 0, EMIT_BUILD_MAP);
    hand_load(h, "");
    EM(h, get_iter, true);
    comp_loop(h, dictcomp_inner);
    EM0(h, return_value);
}

static void genexpr_body(hand *h) {
    hand_line(h, 3);
    EM0(h, load_null);
    hand_load(h, "");
    EM0(h, load_null);
    EM0(h, load_null);
    comp_loop(h, genexpr_inner);
    end_module(h);
}

static scope *comp_scope(hand *h, scope *mod, scope_kind kind, const char *name, hand_body body,
                         const char *v1, const char *v2) {
    scope *s = hand_scope(h, kind, name, mod, body);
    hand_id(h, s, "", SCOPE_ID_LOCAL, 0, 0); // the iterator argument
    hand_id(h, s, v1, SCOPE_ID_LOCAL, 0, 1);
    s->n_locals = 2;
    if (v2) {
        hand_id(h, s, v2, SCOPE_ID_LOCAL, 0, 2);
        s->n_locals = 3;
    }
    s->n_pos_args = 1;
    return s;
}

Test(emit_golden, comps) {
    hand h;
    hand_init(&h, "comps.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, comps_module);
    hand_id(&h, mod, "range", SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    hand_id(&h, mod, "a", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, mod, "b", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, mod, "c", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    comp_scope(&h, mod, SCOPE_LIST_COMP, "<listcomp>", listcomp_body, "i", NULL);
    comp_scope(&h, mod, SCOPE_DICT_COMP, "<dictcomp>", dictcomp_body, "k", "v");
    comp_scope(&h, mod, SCOPE_GEN_EXPR, "<genexpr>", genexpr_body, "x", NULL);
    check_golden(&h, "comps");
}

// ---------------------------------------------------------------------------------------------
// Jump sizing (12): a forward JUMP of exactly 63 that keeps its 2-byte form (42 bf 80), a
// backward jump beyond -64, an `if` whose jump only shrinks in a second EMIT pass, and a
// for loop longer than 127 bytes.

static void assign_name(hand *h, uint32_t line, const char *dst, const char *src) {
    hand_line(h, line);
    hand_load(h, src);
    hand_store(h, dst);
}

static void long_jump_module(hand *h) {
    // while x: a = b (15 times); z = 1
    hand_line(h, 1);
    uint32_t brk = hand_label(h), cont = hand_label(h), top = hand_label(h);
    EM(h, jump, cont);
    EM(h, label_assign, top);
    for (uint32_t i = 0; i < 15; i++) {
        assign_name(h, 2 + i, "a", "b");
    }
    hand_line(h, 17);
    EM(h, load_const_small_int, 1);
    hand_store(h, "z");
    EM(h, label_assign, cont);
    hand_load(h, "x");
    EM(h, pop_jump_if, true, top);
    EM(h, label_assign, brk);
    // if y: (if p: q = 1) 8 times
    hand_line(h, 18);
    uint32_t l_end = hand_label(h), l_fail = hand_label(h);
    hand_load(h, "y");
    EM(h, pop_jump_if, false, l_fail);
    for (uint32_t i = 0; i < 8; i++) {
        hand_line(h, 19 + i);
        uint32_t l_end2 = hand_label(h), l_fail2 = hand_label(h);
        hand_load(h, "p");
        EM(h, pop_jump_if, false, l_fail2);
        EM(h, load_const_small_int, 1);
        hand_store(h, "q");
        EM(h, label_assign, l_fail2);
        EM(h, label_assign, l_end2);
    }
    EM(h, label_assign, l_fail);
    EM(h, label_assign, l_end);
    // for i in r: a = b (40 times)
    hand_line(h, 27);
    brk = hand_label(h);
    cont = hand_label(h);
    uint32_t pop = hand_label(h);
    hand_load(h, "r");
    EM(h, get_iter, true);
    EM(h, label_assign, cont);
    EM(h, for_iter, pop);
    hand_store(h, "i");
    for (uint32_t i = 0; i < 40; i++) {
        assign_name(h, 28 + i, "a", "b");
    }
    EM(h, jump, cont);
    EM(h, label_assign, pop);
    EM0(h, for_iter_end);
    EM(h, label_assign, brk);
    end_module(h);
}

Test(emit_golden, long_jump) {
    hand h;
    hand_init(&h, "long_jump.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, long_jump_module);
    const char *names[] = {"a", "b", "z", "x", "y", "p", "q", "r", "i"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        hand_id(&h, mod, names[i], SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    }
    check_golden(&h, "long_jump");
    cr_expect(h.max_emit_passes >= 2, "the shrinking if should need a second EMIT pass");
}

// ---------------------------------------------------------------------------------------------
// Line-number table (13): +9 lines (2-byte entry), +2990 lines (split at 2047), a name on a
// continuation line (no entry), 44 bytes then +9 lines (split bytes first).

static void lines_module(hand *h) {
    hand_line(h, 1);
    EM(h, load_const_small_int, 1);
    hand_store(h, "a");
    hand_line(h, 10);
    EM(h, load_const_small_int, 2);
    hand_store(h, "b");
    hand_line(h, 3000);
    EM(h, load_const_small_int, 3);
    hand_store(h, "c");
    hand_line(h, 3001);
    EM(h, load_const_small_int, 1);
    hand_load(h, "e"); // a leaf on line 3002: no set_source_line
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
    end_module(h);
}

Test(emit_golden, lines) {
    hand h;
    hand_init(&h, "lines.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, lines_module);
    const char *names[] = {"a", "b", "c", "d", "e", "f", "g", "x"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        hand_id(&h, mod, names[i], SCOPE_ID_GLOBAL_IMPLICIT, 0, 0);
    }
    check_golden(&h, "lines");
}

// ---------------------------------------------------------------------------------------------
// The object table (9.2, mpy-format.md 6): big ints from decimal and hex digits, floats
// (with -0.0 apart from 0.0 and 1.5 shared), str, bytes, a nested tuple, Ellipsis, an
// imaginary literal; small ints in the var-int form.

static void const_stmt(hand *h, uint32_t line, const char *name, const emit_const *c) {
    hand_line(h, line);
    cr_assert(c != NULL);
    EM(h, load_const_obj, c);
    hand_store(h, name);
}

static void int_stmt(hand *h, uint32_t line, const char *name, int64_t v) {
    hand_line(h, line);
    EM(h, load_const_small_int, v);
    hand_store(h, name);
}

static void consts_module(hand *h) {
    arena *a = &h->arena;
    const char *text = "a string longer than ten";
    const_stmt(h, 1, "a", emit_const_new_int_digits(a, "12345678901234567890", 20, 10, false));
    const_stmt(h, 2, "b", emit_const_new_int_digits(a, "10000000000000000000", 20, 16, true));
    const_stmt(h, 3, "c", emit_const_new_float(a, 1.5));
    const_stmt(h, 4, "d", emit_const_new_float(a, -0.0));
    const_stmt(h, 5, "e", emit_const_new_float(a, 0.0));
    const_stmt(h, 6, "f", emit_const_new_str(a, text, strlen(text)));
    const_stmt(h, 7, "g", emit_const_new_bytes(a, "bytes", 5));
    const emit_const *inner[] = {emit_const_new_int(a, 4), &emit_const_none, &emit_const_true,
                                 &emit_const_false, &emit_const_ellipsis};
    const emit_const *outer[] = {
        emit_const_new_int(a, 1),
        emit_const_new_str(a, "two", 3),
        emit_const_new_float(a, 3.0),
        emit_const_new_tuple(a, inner, 5),
        emit_const_new_bytes(a, "", 0),
        emit_const_new_int_digits(a, "1180591620717411303424", 22, 10, false),
    };
    const_stmt(h, 8, "h", emit_const_new_tuple(a, outer, 6));
    hand_line(h, 9);
    EM(h, load_const_tok, EMIT_TOK_ELLIPSIS);
    hand_store(h, "i");
    const_stmt(h, 10, "j", emit_const_new_complex(a, 1.0));
    const_stmt(h, 11, "k", emit_const_new_float(a, 1e100));
    const_stmt(h, 12, "l", emit_const_new_float(a, 1.5));
    const_stmt(h, 13, "m", emit_const_new_int_digits(a, "7fffffff", 8, 16, false));
    int_stmt(h, 14, "n", 1073741823);
    int_stmt(h, 15, "o", -1073741824);
    int_stmt(h, 16, "p", 100000);
    int_stmt(h, 17, "q", -17);
    const_stmt(h, 18, "r", emit_const_new_str(a, text, strlen(text)));
    end_module(h);
}

Test(emit_golden, consts) {
    hand h;
    hand_init(&h, "consts.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, consts_module);
    for (char c = 'a'; c <= 'r'; c++) {
        char name[2] = {c, 0};
        hand_id(&h, mod, name, SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    }
    check_golden(&h, "consts");
}

// ---------------------------------------------------------------------------------------------
// Many instruction forms in one file: imports (6.17), chained assignment into locals past
// 15 (STORE_FAST_N), del, star unpacking, slices, attribute and subscript stores and deletes,
// star-argument calls, assert, break/continue through finally and with (UNWIND_JUMP),
// a comparison chain, a lambda closing over a parameter cell, raise ... from.

static void misc_ops_module(hand *h) {
    hand_line(h, 1);
    EM(h, load_const_small_int, 0);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM(h, import, hand_q(h, "a.b.c"), EMIT_IMPORT_NAME);
    EM(h, attr, hand_q(h, "b"), EMIT_ACCESS_LOAD);
    EM(h, attr, hand_q(h, "c"), EMIT_ACCESS_LOAD);
    hand_store(h, "d");
    hand_line(h, 2);
    EM(h, load_const_small_int, 2);
    EM(h, load_const_str, hand_q(h, "x"));
    EM(h, load_const_str, hand_q(h, "y"));
    EM(h, build, 2, EMIT_BUILD_TUPLE);
    EM(h, import, hand_q(h, "m"), EMIT_IMPORT_NAME);
    EM(h, import, hand_q(h, "x"), EMIT_IMPORT_FROM);
    hand_store(h, "x");
    EM(h, import, hand_q(h, "y"), EMIT_IMPORT_FROM);
    hand_store(h, "z");
    EM0(h, pop_top);
    hand_line(h, 3);
    EM(h, load_const_small_int, 0);
    EM(h, load_const_str, hand_q(h, "*"));
    EM(h, build, 1, EMIT_BUILD_TUPLE);
    EM(h, import, hand_q(h, "os"), EMIT_IMPORT_NAME);
    EM(h, import, 0, EMIT_IMPORT_STAR);
    hand_line(h, 4);
    EM(h, make_function, h->scopes[1], 0, 0);
    hand_store(h, "f");
    end_module(h);
}

static void misc_ops_f(hand *h) {
    char name[8];
    hand_line(h, 5); // global G
    hand_line(h, 6);
    hand_load(h, "p");
    for (int i = 0; i <= 16; i++) {
        if (i < 16) {
            EM0(h, dup_top);
        }
        snprintf(name, sizeof name, "l%d", i);
        hand_store(h, name);
    }
    hand_line(h, 7);
    hand_delete(h, "l16");
    hand_line(h, 8);
    hand_load(h, "q");
    EM(h, unpack_ex, 1, 1);
    hand_store(h, "first");
    hand_store(h, "rest");
    hand_store(h, "last");
    hand_line(h, 9);
    hand_load(h, "p");
    EM(h, load_const_small_int, 1);
    EM(h, load_const_small_int, 2);
    EM(h, build, 2, EMIT_BUILD_SLICE);
    EM(h, subscr, EMIT_ACCESS_LOAD);
    hand_load(h, "p");
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM(h, load_const_small_int, 3);
    EM(h, build, 3, EMIT_BUILD_SLICE);
    EM(h, subscr, EMIT_ACCESS_LOAD);
    hand_load(h, "p");
    EM(h, unary_op, 3); // NOT
    EM(h, build, 3, EMIT_BUILD_TUPLE);
    hand_store(h, "G");
    hand_line(h, 10);
    hand_load(h, "l15");
    hand_load(h, "p");
    EM(h, attr, hand_q(h, "attr"), EMIT_ACCESS_STORE);
    hand_line(h, 11);
    hand_load(h, "p");
    EM(h, attr, hand_q(h, "attr"), EMIT_ACCESS_DELETE);
    hand_load(h, "p");
    EM(h, load_const_small_int, 0);
    EM(h, subscr, EMIT_ACCESS_DELETE);
    hand_line(h, 12); // g(*q, **r)
    hand_load(h, "g");
    hand_load(h, "q");
    EM0(h, load_null);
    hand_load(h, "r");
    EM(h, load_const_small_int, 1); // star bitmap: argument 0
    EM(h, call_function, 1, 1, EMIT_STAR_SINGLE | EMIT_STAR_DOUBLE);
    EM0(h, pop_top);
    hand_line(h, 13); // p.m(1, *q, k=2)
    hand_load(h, "p");
    EM(h, load_method, hand_q(h, "m"), false);
    EM(h, load_const_small_int, 1);
    hand_load(h, "q");
    EM(h, load_const_str, hand_q(h, "k"));
    EM(h, load_const_small_int, 2);
    EM(h, load_const_small_int, 2); // star bitmap: argument 1
    EM(h, call_method, 2, 1, EMIT_STAR_SINGLE);
    EM0(h, pop_top);
    hand_line(h, 14); // assert p, 'msg'
    uint32_t l_assert = hand_label(h);
    hand_load(h, "p");
    EM(h, pop_jump_if, true, l_assert);
    EM(h, load_id.global, hand_q(h, "AssertionError"), EMIT_GLOBAL_GLOBAL);
    EM(h, load_const_str, hand_q(h, "msg"));
    EM(h, call_function, 1, 0, 0);
    EM(h, raise_varargs, 1);
    EM(h, label_assign, l_assert);

    hand_line(h, 15); // for i in q: try: (if i: break) continue finally: pass
    uint32_t brk = hand_label(h), cont = hand_label(h), pop = hand_label(h);
    hand_load(h, "q");
    EM(h, get_iter, true);
    EM(h, label_assign, cont);
    EM(h, for_iter, pop);
    hand_store(h, "i");
    hand_line(h, 16);
    uint32_t l_finally = hand_label(h);
    EM(h, setup_block, l_finally, EMIT_BLOCK_FINALLY);
    EM(h, adjust_stack_size, 3);
    hand_line(h, 17);
    uint32_t l_end = hand_label(h), l_fail = hand_label(h);
    hand_load(h, "i");
    EM(h, pop_jump_if, false, l_fail);
    hand_line(h, 18);
    EM(h, unwind_jump, brk, 1, true);
    EM(h, label_assign, l_fail);
    EM(h, label_assign, l_end);
    hand_line(h, 19);
    EM(h, unwind_jump, cont, 1, false);
    EM(h, adjust_stack_size, -3);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM(h, label_assign, l_finally);
    EM(h, adjust_stack_size, 1);
    hand_line(h, 21);
    EM(h, adjust_stack_size, -1);
    EM0(h, end_finally);
    EM(h, jump, cont);
    EM(h, label_assign, pop);
    EM0(h, for_iter_end);
    EM(h, label_assign, brk);

    hand_line(h, 22); // while p < l1 <= l2: with l3: break
    brk = hand_label(h);
    cont = hand_label(h);
    uint32_t top = hand_label(h);
    EM(h, jump, cont);
    EM(h, label_assign, top);
    hand_line(h, 23);
    uint32_t l_with = hand_label(h);
    hand_load(h, "l3");
    EM(h, setup_block, l_with, EMIT_BLOCK_WITH);
    EM0(h, pop_top);
    hand_line(h, 24);
    EM(h, unwind_jump, brk, 1, false);
    EM(h, with_cleanup, l_with);
    EM0(h, end_finally);
    EM(h, label_assign, cont);
    uint32_t l_cfail = hand_label(h), l_cend = hand_label(h);
    hand_load(h, "p");
    hand_load(h, "l1");
    EM0(h, dup_top);
    EM0(h, rot_three);
    EM(h, binary_op, 0); // LESS
    EM(h, jump_if_or_pop, false, l_cfail);
    hand_load(h, "l2");
    EM(h, binary_op, 3); // LESS_EQUAL
    EM(h, jump, l_cend);
    EM(h, label_assign, l_cfail);
    EM(h, adjust_stack_size, 1);
    EM0(h, rot_two);
    EM0(h, pop_top);
    EM(h, label_assign, l_cend);
    EM(h, pop_jump_if, true, top);
    EM(h, label_assign, brk);

    hand_line(h, 25); // h = lambda a=1: a is not p
    EM(h, load_const_small_int, 1);
    EM(h, build, 1, EMIT_BUILD_TUPLE);
    EM0(h, load_null);
    h->scopes[2]->n_def_pos_args = 1;
    EM(h, load_id.local, hand_q(h, "p"), 0, EMIT_LOCAL_FAST);
    EM(h, make_closure, h->scopes[2], 1, 1, 0);
    hand_store(h, "h");
    hand_line(h, 26);
    hand_load(h, "ValueError");
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM(h, raise_varargs, 2);
    end_module(h);
}

static void misc_ops_lambda(hand *h) {
    hand_line(h, 25);
    hand_load(h, "a");
    hand_load(h, "p");
    EM(h, binary_op, EMIT_BINARY_IS_NOT);
    EM0(h, return_value);
}

Test(emit_golden, misc_ops) {
    hand h;
    hand_init(&h, "misc_ops.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, misc_ops_module);
    const char *mod_names[] = {"d", "x", "z", "f"};
    for (size_t i = 0; i < 4; i++) {
        hand_id(&h, mod, mod_names[i], SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    }
    scope *f = hand_scope(&h, SCOPE_FUNCTION, "f", mod, misc_ops_f);
    hand_id(&h, f, "p", SCOPE_ID_CELL, SCOPE_ID_PARAM, 0);
    hand_id(&h, f, "q", SCOPE_ID_LOCAL, SCOPE_ID_PARAM | SCOPE_ID_STAR_PARAM, 1);
    hand_id(&h, f, "r", SCOPE_ID_LOCAL, SCOPE_ID_PARAM | SCOPE_ID_DSTAR_PARAM, 2);
    hand_id(&h, f, "G", SCOPE_ID_GLOBAL_EXPLICIT, 0, 0);
    char name[8];
    for (unsigned i = 0; i <= 16; i++) {
        snprintf(name, sizeof name, "l%u", i);
        hand_id(&h, f, name, SCOPE_ID_LOCAL, 0, 3 + i);
    }
    hand_id(&h, f, "first", SCOPE_ID_LOCAL, 0, 20);
    hand_id(&h, f, "rest", SCOPE_ID_LOCAL, 0, 21);
    hand_id(&h, f, "last", SCOPE_ID_LOCAL, 0, 22);
    hand_id(&h, f, "g", SCOPE_ID_GLOBAL_EXPLICIT, 0, 0);
    hand_id(&h, f, "i", SCOPE_ID_LOCAL, 0, 23);
    hand_id(&h, f, "h", SCOPE_ID_LOCAL, 0, 24);
    hand_id(&h, f, "ValueError", SCOPE_ID_GLOBAL_EXPLICIT, 0, 0);
    f->n_pos_args = 1;
    f->n_locals = 25;
    f->flags = SCOPE_FLAG_VARARGS | SCOPE_FLAG_VARKEYWORDS;
    scope *lam = hand_scope(&h, SCOPE_LAMBDA, "<lambda>", f, misc_ops_lambda);
    hand_id(&h, lam, "a", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 1);
    hand_id(&h, lam, "p", SCOPE_ID_FREE, 0, 0);
    lam->n_pos_args = 2;
    lam->n_locals = 2;
    check_golden(&h, "misc_ops");
}

// ---------------------------------------------------------------------------------------------
// await, async with (whose body returns, so the normal exit path is dead code), async for
// (6.21, 6.22, 7.11), and a plain generator.

static void yield_from(hand *h) {
    EM(h, get_iter, false);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM(h, yield, EMIT_YIELD_FROM);
}

static void await_method(hand *h, const char *method) {
    EM(h, load_method, hand_q(h, method), false);
    EM(h, call_method, 0, 0, 0);
    yield_from(h);
}

static void async_gen_module(hand *h) {
    hand_line(h, 1);
    EM(h, make_function, h->scopes[1], 0, 0);
    hand_store(h, "co");
    hand_line(h, 7);
    EM(h, make_function, h->scopes[2], 0, 0);
    hand_store(h, "gen");
    end_module(h);
}

static void async_gen_co(hand *h) {
    hand_line(h, 2); // await g()
    hand_load(h, "g");
    EM(h, call_function, 0, 0, 0);
    yield_from(h);
    EM0(h, pop_top);

    hand_line(h, 3); // async with m as v: return v
    uint32_t l_finally = hand_label(h), l_aexit_no_exc = hand_label(h);
    uint32_t l_ret_unwind = hand_label(h), l_end = hand_label(h);
    hand_load(h, "m");
    EM0(h, dup_top);
    await_method(h, "__aenter__");
    hand_store(h, "v");
    EM(h, setup_block, l_finally, EMIT_BLOCK_FINALLY);
    EM(h, adjust_stack_size, 3);
    hand_line(h, 4);
    hand_load(h, "v");
    EM0(h, return_value);
    EM(h, adjust_stack_size, -3);
    EM(h, async_with_setup_finally, l_aexit_no_exc, l_finally, l_ret_unwind);
    EM0(h, dup_top);
    EM0(h, rot_three);
    EM0(h, rot_two);
    EM(h, load_method, hand_q(h, "__aexit__"), false);
    EM0(h, rot_three);
    EM0(h, rot_three);
    EM0(h, dup_top);
    EM(h, attr, hand_q(h, "__class__"), EMIT_ACCESS_LOAD);
    EM0(h, rot_two);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM(h, call_method, 3, 0, 0);
    yield_from(h);
    EM(h, pop_jump_if, false, l_end);
    EM0(h, pop_top);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM(h, jump, l_end);
    EM(h, adjust_stack_size, 2);
    EM(h, label_assign, l_ret_unwind);
    EM0(h, rot_three);
    EM0(h, rot_three);
    EM(h, label_assign, l_aexit_no_exc);
    EM(h, load_method, hand_q(h, "__aexit__"), false);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, dup_top);
    EM0(h, dup_top);
    EM(h, call_method, 3, 0, 0);
    yield_from(h);
    EM0(h, pop_top);
    EM(h, adjust_stack_size, -1);
    EM(h, label_assign, l_end);
    EM0(h, end_finally);

    hand_line(h, 5); // async for i in g(): pass
    uint32_t l_loop_else = hand_label(h), l_exc = hand_label(h), l_try_else = hand_label(h);
    uint32_t l_reraise = hand_label(h);
    hand_load(h, "g");
    EM(h, call_function, 0, 0, 0);
    EM(h, load_method, hand_q(h, "__aiter__"), false);
    EM(h, call_method, 0, 0, 0);
    uint32_t brk = hand_label(h), cont = hand_label(h);
    EM(h, label_assign, cont);
    EM(h, setup_block, l_exc, EMIT_BLOCK_EXCEPT);
    EM0(h, dup_top);
    await_method(h, "__anext__");
    hand_store(h, "i");
    EM(h, pop_except_jump, l_try_else, false);
    EM(h, label_assign, l_exc);
    EM0(h, start_except_handler);
    EM0(h, dup_top);
    EM(h, load_id.global, hand_q(h, "StopAsyncIteration"), EMIT_GLOBAL_GLOBAL);
    EM(h, binary_op, 8);
    EM(h, pop_jump_if, false, l_reraise);
    EM0(h, pop_top);
    EM(h, pop_except_jump, l_loop_else, true);
    EM(h, label_assign, l_reraise);
    EM(h, adjust_stack_size, 1);
    EM0(h, end_finally);
    EM0(h, end_except_handler);
    EM(h, label_assign, l_try_else);
    hand_line(h, 6);
    EM(h, jump, cont);
    EM(h, label_assign, l_loop_else);
    EM(h, label_assign, brk);
    EM0(h, pop_top);
    end_module(h);
}

static void async_gen_gen(hand *h) {
    hand_line(h, 8);
    EM(h, load_const_small_int, 1);
    EM(h, yield, EMIT_YIELD_VALUE);
    hand_store(h, "x");
    hand_line(h, 9);
    hand_load(h, "x");
    yield_from(h);
    EM0(h, pop_top);
    end_module(h);
}

Test(emit_golden, async_gen) {
    hand h;
    hand_init(&h, "async_gen.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, async_gen_module);
    hand_id(&h, mod, "co", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, mod, "gen", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    scope *co = hand_scope(&h, SCOPE_FUNCTION, "co", mod, async_gen_co);
    hand_id(&h, co, "m", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 0);
    hand_id(&h, co, "g", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 1);
    hand_id(&h, co, "v", SCOPE_ID_LOCAL, 0, 2);
    hand_id(&h, co, "i", SCOPE_ID_LOCAL, 0, 3);
    co->n_pos_args = 2;
    co->n_locals = 4;
    co->flags = SCOPE_FLAG_GENERATOR; // async def
    scope *gen = hand_scope(&h, SCOPE_FUNCTION, "gen", mod, async_gen_gen);
    hand_id(&h, gen, "x", SCOPE_ID_LOCAL, 0, 0);
    gen->n_locals = 1; // its GENERATOR flag comes from the emitter's yield
    check_golden(&h, "async_gen");
}

// ---------------------------------------------------------------------------------------------
// Optimised range loops (6.11) with the end on the stack and as a constant, a negative step,
// a break and an else; an augmented subscript (DUP_TOP_TWO); a nested set comprehension;
// DELETE_DEREF of a parameter cell.

static void range_for_module(hand *h) {
    hand_line(h, 1);
    EM(h, make_function, h->scopes[1], 0, 0);
    hand_store(h, "f");
    end_module(h);
}

static void range_for_f(hand *h) {
    hand_line(h, 2); // g = lambda: a
    EM(h, load_id.local, hand_q(h, "a"), 1, EMIT_LOCAL_FAST);
    EM(h, make_closure, h->scopes[2], 1, 0, 0);
    hand_store(h, "g");

    hand_line(h, 3); // for i in range(n): a[i] += 1
    uint32_t brk = hand_label(h), cont = hand_label(h);
    uint32_t top = hand_label(h), entry = hand_label(h);
    hand_load(h, "n");
    EM(h, load_const_small_int, 0);
    EM(h, jump, entry);
    EM(h, label_assign, top);
    EM0(h, dup_top);
    hand_store(h, "i");
    hand_line(h, 4);
    hand_load(h, "a");
    hand_load(h, "i");
    EM0(h, dup_top_two);
    EM(h, subscr, EMIT_ACCESS_LOAD);
    EM(h, load_const_small_int, 1);
    EM(h, binary_op, 14);
    EM0(h, rot_three);
    EM(h, subscr, EMIT_ACCESS_STORE);
    EM(h, label_assign, cont);
    EM(h, load_const_small_int, 1);
    EM(h, binary_op, 14);
    EM(h, label_assign, entry);
    EM0(h, dup_top_two);
    EM0(h, rot_two);
    EM(h, binary_op, 0); // LESS
    EM(h, pop_jump_if, true, top);
    EM(h, label_assign, brk);
    EM0(h, pop_top);
    EM0(h, pop_top);

    hand_line(h, 5); // for j in range(1, 10, -2): (if j: break) else: return {...}
    brk = hand_label(h);
    cont = hand_label(h);
    top = hand_label(h);
    entry = hand_label(h);
    EM(h, load_const_small_int, 1);
    EM(h, jump, entry);
    EM(h, label_assign, top);
    EM0(h, dup_top);
    hand_store(h, "j");
    hand_line(h, 6);
    uint32_t l_end = hand_label(h), l_fail = hand_label(h);
    hand_load(h, "j");
    EM(h, pop_jump_if, false, l_fail);
    hand_line(h, 7);
    EM(h, unwind_jump, brk, 0, false);
    EM(h, label_assign, l_fail);
    EM(h, label_assign, l_end);
    EM(h, label_assign, cont);
    EM(h, load_const_small_int, -2);
    EM(h, binary_op, 14);
    EM(h, label_assign, entry);
    EM0(h, dup_top);
    EM(h, load_const_small_int, 10);
    EM(h, binary_op, 1); // MORE: the step is negative
    EM(h, pop_jump_if, true, top);
    EM0(h, pop_top);
    hand_line(h, 9);
    EM(h, make_function, h->scopes[3], 0, 0);
    hand_load(h, "a");
    EM(h, call_function, 1, 0, 0);
    EM0(h, return_value);
    uint32_t end = hand_label(h);
    EM(h, jump, end);
    EM(h, adjust_stack_size, 1); // the loop variable (the end is not on the stack)
    EM(h, label_assign, brk);
    EM0(h, pop_top);
    EM(h, label_assign, end);

    hand_line(h, 10);
    hand_delete(h, "a");
    end_module(h);
}

static void range_for_lambda(hand *h) {
    hand_line(h, 2);
    hand_load(h, "a");
    EM0(h, return_value);
}

static void setcomp_inner2(hand *h, uint32_t l_top) {
    hand_store(h, "y");
    hand_load(h, "x");
    EM(h, store_comp, SCOPE_SET_COMP, 9);
}

static void setcomp_inner1(hand *h, uint32_t l_top) {
    hand_store(h, "x");
    hand_load(h, "x");
    EM(h, get_iter, true);
    comp_loop(h, setcomp_inner2);
}

static void range_for_setcomp(hand *h) {
    hand_line(h, 9);
    EM(h, build, 0, EMIT_BUILD_SET);
    hand_load(h, "");
    EM(h, get_iter, true);
    comp_loop(h, setcomp_inner1);
    EM0(h, return_value);
}

Test(emit_golden, range_for) {
    hand h;
    hand_init(&h, "range_for.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, range_for_module);
    hand_id(&h, mod, "f", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    scope *f = hand_scope(&h, SCOPE_FUNCTION, "f", mod, range_for_f);
    hand_id(&h, f, "n", SCOPE_ID_LOCAL, SCOPE_ID_PARAM, 0);
    hand_id(&h, f, "a", SCOPE_ID_CELL, SCOPE_ID_PARAM, 1);
    hand_id(&h, f, "g", SCOPE_ID_LOCAL, 0, 2);
    hand_id(&h, f, "i", SCOPE_ID_LOCAL, 0, 3);
    hand_id(&h, f, "j", SCOPE_ID_LOCAL, 0, 4);
    f->n_pos_args = 2;
    f->n_locals = 5;
    scope *lam = hand_scope(&h, SCOPE_LAMBDA, "<lambda>", f, range_for_lambda);
    hand_id(&h, lam, "a", SCOPE_ID_FREE, 0, 0);
    lam->n_pos_args = 1;
    lam->n_locals = 1;
    comp_scope(&h, f, SCOPE_SET_COMP, "<setcomp>", range_for_setcomp, "x", "y");
    check_golden(&h, "range_for");
}
