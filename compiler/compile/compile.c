// The compiler driver and the statements: runs the passes over the scope list in stock's
// order (scope pass over every scope, then stack size, code size and emit per scope) and
// turns each statement of the folded tree into emitter calls, in the order and with the
// line-number calls of stock's compile.c (compiler-semantics.md 5, 6, 8-13). The same calls
// are made in every pass; only name operations differ in the scope pass, where they classify
// identifiers instead of emitting.
#include "compile.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../mpy/mpy_write.h"
#include "comp_internal.h"
#include "runtime/format/bc_ops.h"

// ---------------------------------------------------------------------------------------------
// Shared helpers.

uint32_t comp_new_label(comp *c) {
    return c->next_label++;
}

void comp_error(comp *c, src_span sp, const char *msg) {
    if (!c->failed) {
        diag_error(&c->u->diag, sp, "%s", msg);
    }
    c->failed = true;
}

void comp_errorf(comp *c, src_span sp, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    comp_error(c, sp, msg);
}

static void no_memory(comp *c) {
    comp_error(c, (src_span){0, 0}, "out of memory");
}

static scope_id *checked(comp *c, scope_id *id) {
    if (!id) {
        no_memory(c);
    }
    return id;
}

void comp_load_id(comp *c, intern_id name) {
    if (c->pass == EMIT_PASS_SCOPE) {
        checked(c, scope_id_for_load(c->a, c->cur, name));
        return;
    }
    const scope_id *id = scope_find(c->cur, name);
    if (id) {
        emit_id_op(&c->ops->load_id, c->e, id);
    }
}

void comp_store_id(comp *c, intern_id name) {
    if (c->pass == EMIT_PASS_SCOPE) {
        checked(c, scope_id_for_store(c->a, c->cur, name));
        return;
    }
    const scope_id *id = scope_find(c->cur, name);
    if (id) {
        emit_id_op(&c->ops->store_id, c->e, id);
    }
}

void comp_delete_id(comp *c, intern_id name) {
    if (c->pass == EMIT_PASS_SCOPE) {
        checked(c, scope_id_for_store(c->a, c->cur, name));
        return;
    }
    const scope_id *id = scope_find(c->cur, name);
    if (id) {
        emit_id_op(&c->ops->delete_id, c->e, id);
    }
}

scope *comp_child_scope(comp *c, cnode *n, scope_kind kind, intern_id name) {
    if (c->pass == EMIT_PASS_SCOPE && !n->sc) {
        scope *s = scope_new(c->a, kind, name, c->cur);
        if (!s) {
            no_memory(c);
            return NULL;
        }
        s->node = (const struct ast *)(const void *)n;
        c->tail->next = s;
        c->tail = s;
        n->sc = s;
    }
    return n->sc;
}

static void increase_except_level(comp *c, uint32_t label, emit_block kind) {
    EMITA(c, setup_block, label, kind);
    c->except_level++;
}

static void decrease_except_level(comp *c) {
    c->except_level--;
    EMIT0(c, end_finally);
}

// Loop state saved around a loop body (stock's START/END_BREAK_CONTINUE_BLOCK).
typedef struct loop_state {
    uint32_t break_label, continue_label, except_level;
    bool from_for, in_loop;
} loop_state;

static loop_state start_loop(comp *c, uint32_t *break_label, uint32_t *continue_label) {
    loop_state old = {c->break_label, c->continue_label, c->break_continue_except_level,
                      c->break_from_for, c->in_loop};
    *break_label = comp_new_label(c);
    *continue_label = comp_new_label(c);
    c->break_label = *break_label;
    c->continue_label = *continue_label;
    c->break_continue_except_level = c->except_level;
    c->break_from_for = false;
    c->in_loop = true;
    return old;
}

static void end_loop(comp *c, loop_state old) {
    c->break_label = old.break_label;
    c->continue_label = old.continue_label;
    c->break_continue_except_level = old.except_level;
    c->break_from_for = old.from_for;
    c->in_loop = old.in_loop;
}

static bool is_const_true(comp *c, const cnode *n);
static bool is_const_false(comp *c, const cnode *n);

// ---------------------------------------------------------------------------------------------
// Assignments and deletions.

// T = E, with the tuple-swap optimisation for two or three items (6.2).
static void plain_assign(comp *c, const cnode *target, const cnode *value) {
    if (value->kind == AST_TUPLE && !(value->flags & AST_PAREN) && target->kind == AST_TUPLE &&
        !(target->flags & AST_PAREN) && target->n == value->n &&
        (target->n == 2 || target->n == 3)) {
        bool star = false;
        for (uint32_t i = 0; i < target->n; i++) {
            star |= CN_KID(target, i)->kind == AST_STAR;
        }
        if (!star) {
            comp_expr(c, CN_KID(value, 0));
            comp_expr(c, CN_KID(value, 1));
            if (target->n == 3) {
                comp_expr(c, CN_KID(value, 2));
                EMIT0(c, rot_three);
            }
            EMIT0(c, rot_two);
            for (uint32_t i = 0; i < target->n; i++) {
                comp_assign(c, CN_KID(target, i), ASSIGN_STORE);
            }
            return;
        }
    }
    comp_expr(c, value);
    comp_assign(c, target, ASSIGN_STORE);
}

static void del_target(comp *c, const cnode *t) {
    if (c->failed) {
        return;
    }
    if (t->kind == AST_NAME) {
        comp_delete_id(c, t->u.name);
        return;
    }
    if (t->kind == CN_ATOM_EXPR) {
        comp_expr(c, CN_KID(t, 0));
        for (uint32_t i = 1; i + 1 < t->n; i++) {
            const cnode *tr = CN_KID(t, i);
            EMITA(c, set_source_line, tr->line);
            if (tr->kind == CN_T_CALL) {
                comp_call_args(c, tr, false, 0);
            } else if (tr->kind == CN_T_INDEX) {
                comp_expr(c, CN_KID(tr, 0));
                EMITA(c, subscr, EMIT_ACCESS_LOAD);
            } else {
                EMITA(c, attr, tr->u.name, EMIT_ACCESS_LOAD);
            }
        }
        const cnode *last = CN_KID(t, t->n - 1);
        if (last->kind == CN_T_INDEX) {
            comp_expr(c, CN_KID(last, 0));
            EMITA(c, subscr, EMIT_ACCESS_DELETE);
            return;
        }
        if (last->kind == CN_T_ATTR) {
            EMITA(c, attr, last->u.name, EMIT_ACCESS_DELETE);
            return;
        }
    } else if (t->kind == AST_TUPLE && (t->flags & AST_PAREN) && t->n > 0) {
        for (uint32_t i = 0; i < t->n; i++) {
            del_target(c, CN_KID(t, i));
        }
        return;
    }
    comp_error(c, t->span, "can't delete expression");
}

// ---------------------------------------------------------------------------------------------
// Imports (6.17).

// Imports the module named by `dotted` (a DOTTED_NAME, or NULL for `from . import`) and
// returns the name an `import` statement binds.
static intern_id import_name(comp *c, const cnode *dotted, intern_id as_name) {
    if (!dotted || dotted->n == 0) {
        EMITA(c, import, c->q_empty, EMIT_IMPORT_NAME);
        return c->q_empty;
    }
    intern_id first = CN_KID(dotted, 0)->u.name;
    if (dotted->n == 1) {
        EMITA(c, import, first, EMIT_IMPORT_NAME);
        return as_name ? as_name : first;
    }
    size_t len = dotted->n - 1;
    for (uint32_t i = 0; i < dotted->n; i++) {
        len += intern_get(&c->u->names, CN_KID(dotted, i)->u.name)->len;
    }
    char *buf = arena_alloc(c->a, len + 1);
    if (!buf) {
        no_memory(c);
        return first;
    }
    size_t p = 0;
    for (uint32_t i = 0; i < dotted->n; i++) {
        const intern_entry *e = intern_get(&c->u->names, CN_KID(dotted, i)->u.name);
        if (i > 0) {
            buf[p++] = '.';
        }
        memcpy(buf + p, e->str, e->len);
        p += e->len;
    }
    intern_id full = intern_add(&c->u->names, buf, len);
    if (!full) {
        no_memory(c);
        return first;
    }
    EMITA(c, import, full, EMIT_IMPORT_NAME);
    if (as_name) {
        for (uint32_t i = 1; i < dotted->n; i++) {
            EMITA(c, attr, CN_KID(dotted, i)->u.name, EMIT_ACCESS_LOAD);
        }
        return as_name;
    }
    return first;
}

static void comp_import(comp *c, const cnode *n) {
    for (uint32_t i = 0; i < n->n && !c->failed; i++) {
        const cnode *alias = CN_KID(n, i);
        const cnode *dotted = CN_KID(alias, 0);
        const cnode *as = CN_KID(alias, 1);
        EMITA(c, load_const_small_int, 0);
        EMITA(c, load_const_tok, EMIT_TOK_NONE);
        comp_store_id(c, import_name(c, dotted, as ? as->u.name : 0));
    }
}

static void comp_import_from(comp *c, const cnode *n) {
    const cnode *module = CN_KID(n, 0);
    uint32_t level = n->flags;
    if (n->n == 2 && CN_KID(n, 1)->kind == AST_STAR_IMPORT) {
        if (c->cur->kind != SCOPE_MODULE) {
            comp_error(c, n->span, "import * not at module level");
            return;
        }
        EMITA(c, load_const_small_int, level);
        EMITA(c, load_const_str, c->q_star);
        EMITA(c, build, 1, EMIT_BUILD_TUPLE);
        import_name(c, module, 0);
        EMITA(c, import, 0, EMIT_IMPORT_STAR);
        return;
    }
    EMITA(c, load_const_small_int, level);
    for (uint32_t i = 1; i < n->n; i++) {
        EMITA(c, load_const_str, CN_KID(CN_KID(n, i), 0)->u.name);
    }
    EMITA(c, build, n->n - 1, EMIT_BUILD_TUPLE);
    import_name(c, module, 0);
    for (uint32_t i = 1; i < n->n; i++) {
        const cnode *alias = CN_KID(n, i);
        intern_id name = CN_KID(alias, 0)->u.name;
        EMITA(c, import, name, EMIT_IMPORT_FROM);
        comp_store_id(c, CN_KID(alias, 1) ? CN_KID(alias, 1)->u.name : name);
    }
    EMIT0(c, pop_top);
}

// ---------------------------------------------------------------------------------------------
// global / nonlocal (4.4).

static void declare_global(comp *c, const cnode *at, scope_id *id) {
    if (id->kind != SCOPE_ID_UNDECIDED && id->kind != SCOPE_ID_GLOBAL_EXPLICIT) {
        comp_error(c, at->span, "identifier redefined as global");
        return;
    }
    id->kind = SCOPE_ID_GLOBAL_EXPLICIT;
    scope *m = c->cur;
    while (m->parent) {
        m = m->parent;
    }
    scope_id *g = scope_find(m, id->name);
    if (g) {
        g->kind = SCOPE_ID_GLOBAL_EXPLICIT;
    }
}

static void declare_nonlocal(comp *c, const cnode *at, scope_id *id) {
    if (id->kind == SCOPE_ID_UNDECIDED) {
        id->kind = SCOPE_ID_GLOBAL_IMPLICIT;
        if (!scope_check_to_close_over(c->a, c->cur, id)) {
            no_memory(c);
        } else if (id->kind == SCOPE_ID_GLOBAL_IMPLICIT) {
            comp_error(c, at->span, "no binding for nonlocal found");
        }
    } else if (id->kind != SCOPE_ID_FREE) {
        comp_error(c, at->span, "identifier redefined as nonlocal");
    }
}

static void declare(comp *c, const cnode *at, scope_id *id, bool is_global) {
    if (is_global) {
        declare_global(c, at, id);
    } else {
        declare_nonlocal(c, at, id);
    }
}

static void comp_global_nonlocal(comp *c, const cnode *n) {
    if (c->pass != EMIT_PASS_SCOPE) {
        return;
    }
    bool is_global = n->kind == AST_GLOBAL;
    if (!is_global && c->cur->kind == SCOPE_MODULE) {
        comp_error(c, n->span, "can't declare nonlocal in outer code");
        return;
    }
    for (uint32_t i = 0; i < n->n && !c->failed; i++) {
        scope_id *id = scope_find_or_add(c->a, c->cur, CN_KID(n, i)->u.name, SCOPE_ID_UNDECIDED);
        if (!checked(c, id)) {
            return;
        }
        declare(c, n, id, is_global);
    }
}

void comp_namedexpr(comp *c, const cnode *target, const cnode *value) {
    if (target->kind != AST_NAME) {
        comp_error(c, target->span, "can't assign to expression");
        return;
    }
    comp_expr(c, value);
    EMIT0(c, dup_top);
    intern_id name = target->u.name;
    // In a comprehension the target belongs to the enclosing scope (PEP 572).
    if (c->pass == EMIT_PASS_SCOPE && SCOPE_IS_COMP_LIKE(c->cur->kind)) {
        scope_id *pid = checked(c, scope_id_for_store(c->a, c->cur->parent, name));
        if (!pid) {
            return;
        }
        if (pid->kind == SCOPE_ID_GLOBAL_EXPLICIT) {
            checked(c, scope_find_or_add(c->a, c->cur, name, SCOPE_ID_GLOBAL_EXPLICIT));
        } else {
            scope_id *id = checked(c, scope_find_or_add(c->a, c->cur, name, SCOPE_ID_UNDECIDED));
            if (!id) {
                return;
            }
            bool is_global = c->cur->parent->parent == NULL;
            if (!is_global && id->kind == SCOPE_ID_GLOBAL_IMPLICIT) {
                id->kind = SCOPE_ID_UNDECIDED;
            }
            declare(c, target, id, is_global);
        }
    }
    comp_store_id(c, name);
}

// ---------------------------------------------------------------------------------------------
// Compound statements.

// if_stmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]
// The node is flat: test, body, ELIF (test, body)..., orelse?; the clauses compile in a loop.
static void comp_if(comp *c, const cnode *n) {
    uint32_t l_end = comp_new_label(c);
    const cnode *orelse = CN_KID(n, n->n - 1);
    for (uint32_t i = 0; i + 1 < n->n && !c->failed; i = i ? i + 1 : 2) {
        const cnode *clause = i ? CN_KID(n, i) : n;
        const cnode *test = CN_KID(clause, 0);
        if (is_const_false(c, test)) {
            continue;
        }
        uint32_t l_fail = comp_new_label(c);
        comp_if_cond(c, test, false, l_fail);
        comp_stmt(c, CN_KID(clause, 1));
        if (is_const_true(c, test)) {
            EMITA(c, label_assign, l_end);
            return;
        }
        // Stock leaves out the jump over nothing after a lone `if`, never after an `elif`.
        if (i > 0 || n->n > 3 || orelse) {
            EMITA(c, jump, l_end);
        }
        EMITA(c, label_assign, l_fail);
    }
    if (orelse) {
        comp_stmt(c, orelse);
    }
    EMITA(c, label_assign, l_end);
}

// while_stmt: 'while' test ':' suite ['else' ':' suite]
static void comp_while(comp *c, const cnode *n) {
    uint32_t l_break, l_continue;
    loop_state old = start_loop(c, &l_break, &l_continue);
    const cnode *test = CN_KID(n, 0);
    if (!is_const_false(c, test)) {
        uint32_t l_top = comp_new_label(c);
        if (!is_const_true(c, test)) {
            EMITA(c, jump, l_continue);
        }
        EMITA(c, label_assign, l_top);
        comp_stmt(c, CN_KID(n, 1));
        EMITA(c, label_assign, l_continue);
        comp_if_cond(c, test, true, l_top);
    }
    end_loop(c, old);
    if (CN_KID(n, 2)) {
        comp_stmt(c, CN_KID(n, 2));
    }
    EMITA(c, label_assign, l_break);
}

static bool is_plain_arg(const cnode *a) {
    return a->kind != AST_STAR && a->kind != AST_DSTAR && a->kind != AST_KEYWORD &&
           !(a->kind == AST_GENEXP && !(a->flags & AST_PAREN)) &&
           !(a->kind == AST_NAMED_EXPR && a->line == 0);
}

// for NAME in range(...): a counter on the stack instead of an iterator (6.11).
static bool comp_for_range(comp *c, const cnode *n) {
    const cnode *var = CN_KID(n, 0), *it = CN_KID(n, 1);
    if (var->kind != AST_NAME || it->kind != CN_ATOM_EXPR || it->n != 2 ||
        CN_KID(it, 0)->kind != AST_NAME || CN_KID(it, 0)->u.name != c->q_range ||
        CN_KID(it, 1)->kind != CN_T_CALL) {
        return false;
    }
    const cnode *args = CN_KID(it, 1);
    if (args->n < 1 || args->n > 3) {
        return false;
    }
    const cnode *start = args->n >= 2 ? CN_KID(args, 0) : NULL;
    const cnode *end = args->n >= 2 ? CN_KID(args, 1) : CN_KID(args, 0);
    const cnode *step = args->n == 3 ? CN_KID(args, 2) : NULL;
    if (step && (step->kind != CN_SMALL || step->u.small == 0)) {
        return false;
    }
    if ((start && !is_plain_arg(start)) || !is_plain_arg(end)) {
        return false;
    }
    uint32_t l_break, l_continue;
    loop_state old = start_loop(c, &l_break, &l_continue);
    uint32_t l_top = comp_new_label(c), l_entry = comp_new_label(c);
    bool end_on_stack = end->kind != CN_SMALL;
    if (end_on_stack) {
        comp_expr(c, end);
    }
    if (start) {
        comp_expr(c, start);
    } else {
        EMITA(c, load_const_small_int, 0);
    }
    EMITA(c, jump, l_entry);
    EMITA(c, label_assign, l_top);
    EMIT0(c, dup_top);
    comp_assign(c, var, ASSIGN_STORE);
    comp_stmt(c, CN_KID(n, 2));
    EMITA(c, label_assign, l_continue);
    if (step) {
        comp_expr(c, step);
    } else {
        EMITA(c, load_const_small_int, 1);
    }
    EMITA(c, binary_op, BC_BINARY_INPLACE_ADD);
    EMITA(c, label_assign, l_entry);
    if (end_on_stack) {
        EMIT0(c, dup_top_two);
        EMIT0(c, rot_two);
    } else {
        EMIT0(c, dup_top);
        comp_expr(c, end);
    }
    EMITA(c, binary_op, !step || step->u.small >= 0 ? BC_BINARY_LESS : BC_BINARY_MORE);
    EMITA(c, pop_jump_if, true, l_top);
    end_loop(c, old);
    uint32_t l_end = 0;
    const cnode *orelse = CN_KID(n, 3);
    if (orelse) {
        EMIT0(c, pop_top);
        if (end_on_stack) {
            EMIT0(c, pop_top);
        }
        comp_stmt(c, orelse);
        l_end = comp_new_label(c);
        EMITA(c, jump, l_end);
        EMITA(c, adjust_stack_size, 1 + end_on_stack);
    }
    EMITA(c, label_assign, l_break);
    EMIT0(c, pop_top);
    if (end_on_stack) {
        EMIT0(c, pop_top);
    }
    if (orelse) {
        EMITA(c, label_assign, l_end);
    }
    return true;
}

// for_stmt: 'for' exprlist 'in' testlist ':' suite ['else' ':' suite]
static void comp_for(comp *c, const cnode *n) {
    if (comp_for_range(c, n)) {
        return;
    }
    uint32_t l_break, l_continue;
    loop_state old = start_loop(c, &l_break, &l_continue);
    c->break_from_for = true;
    uint32_t l_pop = comp_new_label(c);
    comp_expr(c, CN_KID(n, 1));
    EMITA(c, get_iter, true);
    EMITA(c, label_assign, l_continue);
    EMITA(c, for_iter, l_pop);
    comp_assign(c, CN_KID(n, 0), ASSIGN_STORE);
    comp_stmt(c, CN_KID(n, 2));
    EMITA(c, jump, l_continue);
    EMITA(c, label_assign, l_pop);
    EMIT0(c, for_iter_end);
    end_loop(c, old);
    if (CN_KID(n, 3)) {
        comp_stmt(c, CN_KID(n, 3));
    }
    EMITA(c, label_assign, l_break);
}

static void yield_from(comp *c) {
    EMITA(c, get_iter, false);
    EMITA(c, load_const_tok, EMIT_TOK_NONE);
    EMITA(c, yield, EMIT_YIELD_FROM);
}

static void await_method(comp *c, intern_id method) {
    EMITA(c, load_method, method, false);
    EMITA(c, call_method, 0, 0, 0);
    yield_from(c);
}

// async for (6.21).
static void comp_async_for(comp *c, const cnode *n) {
    uint32_t l_while_else = comp_new_label(c);
    uint32_t l_try_exception = comp_new_label(c);
    uint32_t l_try_else = comp_new_label(c);
    uint32_t l_try_finally = comp_new_label(c);
    comp_expr(c, CN_KID(n, 1));
    EMITA(c, load_method, c->q_aiter, false);
    EMITA(c, call_method, 0, 0, 0);
    uint32_t l_break, l_continue;
    loop_state old = start_loop(c, &l_break, &l_continue);
    EMITA(c, label_assign, l_continue);
    increase_except_level(c, l_try_exception, EMIT_BLOCK_EXCEPT);
    EMIT0(c, dup_top);
    await_method(c, c->q_anext);
    comp_assign(c, CN_KID(n, 0), ASSIGN_STORE);
    EMITA(c, pop_except_jump, l_try_else, false);
    EMITA(c, label_assign, l_try_exception);
    EMIT0(c, start_except_handler);
    EMIT0(c, dup_top);
    c->ops->load_id.global(c->e, c->q_stop_async_iteration, EMIT_GLOBAL_GLOBAL);
    EMITA(c, binary_op, BC_BINARY_EXCEPTION_MATCH);
    EMITA(c, pop_jump_if, false, l_try_finally);
    EMIT0(c, pop_top);
    EMITA(c, pop_except_jump, l_while_else, true);
    EMITA(c, label_assign, l_try_finally);
    EMITA(c, adjust_stack_size, 1);
    decrease_except_level(c);
    EMIT0(c, end_except_handler);
    EMITA(c, label_assign, l_try_else);
    comp_stmt(c, CN_KID(n, 2));
    EMITA(c, jump, l_continue);
    end_loop(c, old);
    EMITA(c, label_assign, l_while_else);
    if (CN_KID(n, 3)) {
        comp_stmt(c, CN_KID(n, 3));
    }
    EMITA(c, label_assign, l_break);
    EMIT0(c, pop_top);
}

// with_stmt: 'with' with_item (',' with_item)* ':' suite -- each item's block nested inside
// the one before (6.15). Written as two loops (set up each item, the body, then clean up in
// reverse) so that any number of items takes no stack.
static void comp_with(comp *c, const cnode *n) {
    uint32_t n_items = n->n - 1;
    uint32_t *ends = ARENA_ARRAY(c->a, uint32_t, n_items ? n_items : 1);
    if (!ends) {
        no_memory(c);
        return;
    }
    for (uint32_t i = 0; i < n_items && !c->failed; i++) {
        const cnode *item = CN_KID(n, i);
        ends[i] = comp_new_label(c);
        comp_expr(c, CN_KID(item, 0));
        increase_except_level(c, ends[i], EMIT_BLOCK_WITH);
        if (CN_KID(item, 1)) {
            comp_assign(c, CN_KID(item, 1), ASSIGN_STORE);
        } else {
            EMIT0(c, pop_top);
        }
    }
    comp_stmt(c, CN_KID(n, n_items));
    for (uint32_t i = n_items; i-- > 0 && !c->failed;) {
        EMITA(c, with_cleanup, ends[i]);
        decrease_except_level(c);
    }
}

// The exit part of one `async with` item (6.22), after its body.
static void async_with_exit(comp *c, const uint32_t *l) {
    uint32_t l_finally = l[0], l_aexit_no_exc = l[1], l_ret_unwind = l[2], l_end = l[3];
    EMITA(c, adjust_stack_size, -3);
    EMITA(c, async_with_setup_finally, l_aexit_no_exc, l_finally, l_ret_unwind);
    EMIT0(c, dup_top);
    EMIT0(c, rot_three);
    EMIT0(c, rot_two);
    EMITA(c, load_method, c->q_aexit, false);
    EMIT0(c, rot_three);
    EMIT0(c, rot_three);
    EMIT0(c, dup_top);
    EMITA(c, attr, c->q_class, EMIT_ACCESS_LOAD);
    EMIT0(c, rot_two);
    EMITA(c, load_const_tok, EMIT_TOK_NONE);
    EMITA(c, call_method, 3, 0, 0);
    yield_from(c);
    EMITA(c, pop_jump_if, false, l_end);
    EMIT0(c, pop_top);
    EMITA(c, load_const_tok, EMIT_TOK_NONE);
    EMITA(c, jump, l_end);
    EMITA(c, adjust_stack_size, 2);
    EMITA(c, label_assign, l_ret_unwind);
    EMIT0(c, rot_three);
    EMIT0(c, rot_three);
    EMITA(c, label_assign, l_aexit_no_exc);
    EMITA(c, load_method, c->q_aexit, false);
    EMITA(c, load_const_tok, EMIT_TOK_NONE);
    EMIT0(c, dup_top);
    EMIT0(c, dup_top);
    EMITA(c, call_method, 3, 0, 0);
    yield_from(c);
    EMIT0(c, pop_top);
    EMITA(c, adjust_stack_size, -1);
    EMITA(c, label_assign, l_end);
    decrease_except_level(c);
}

// async with: nested like `with`, each item in a try/finally that awaits __aexit__ (6.22).
static void comp_async_with(comp *c, const cnode *n) {
    uint32_t n_items = n->n - 1;
    uint32_t *labels = ARENA_ARRAY(c->a, uint32_t, 4 * (n_items ? n_items : 1));
    if (!labels) {
        no_memory(c);
        return;
    }
    for (uint32_t i = 0; i < n_items && !c->failed; i++) {
        uint32_t *l = labels + 4 * i; // finally, aexit without exception, unwind, end
        for (int k = 0; k < 4; k++) {
            l[k] = comp_new_label(c);
        }
        const cnode *item = CN_KID(n, i);
        comp_expr(c, CN_KID(item, 0));
        EMIT0(c, dup_top);
        await_method(c, c->q_aenter);
        if (CN_KID(item, 1)) {
            comp_assign(c, CN_KID(item, 1), ASSIGN_STORE);
        } else {
            EMIT0(c, pop_top);
        }
        increase_except_level(c, l[0], EMIT_BLOCK_FINALLY);
        EMITA(c, adjust_stack_size, 3);
    }
    comp_stmt(c, CN_KID(n, n_items));
    for (uint32_t i = n_items; i-- > 0 && !c->failed;) {
        async_with_exit(c, labels + 4 * i);
    }
}

// try_stmt with except clauses (6.12).
static void comp_try_except(comp *c, const cnode *body, const cnode *handlers,
                            const cnode *orelse) {
    uint32_t l1 = comp_new_label(c);
    uint32_t l_success = comp_new_label(c);
    increase_except_level(c, l1, EMIT_BLOCK_EXCEPT);
    comp_stmt(c, body);
    EMITA(c, pop_except_jump, l_success, false);
    EMITA(c, label_assign, l1);
    EMIT0(c, start_except_handler);
    uint32_t l2 = comp_new_label(c);
    for (uint32_t i = 0; i < handlers->n && !c->failed; i++) {
        const cnode *h = CN_KID(handlers, i);
        const cnode *type = CN_KID(h, 0), *name = CN_KID(h, 1);
        uint32_t l_end_finally = comp_new_label(c);
        if (!type) {
            if (i + 1 != handlers->n) {
                comp_error(c, h->span, "default 'except' must be last");
                decrease_except_level(c);
                return;
            }
        } else {
            EMIT0(c, dup_top);
            comp_expr(c, type);
            EMITA(c, binary_op, BC_BINARY_EXCEPTION_MATCH);
            EMITA(c, pop_jump_if, false, l_end_finally);
        }
        if (!name) {
            EMIT0(c, pop_top);
        } else {
            comp_store_id(c, name->u.name);
        }
        uint32_t l3 = 0;
        if (name) {
            l3 = comp_new_label(c);
            increase_except_level(c, l3, EMIT_BLOCK_FINALLY);
        }
        comp_stmt(c, CN_KID(h, 2));
        if (name) {
            EMITA(c, load_const_tok, EMIT_TOK_NONE);
            EMITA(c, label_assign, l3);
            EMITA(c, adjust_stack_size, 1);
            EMITA(c, load_const_tok, EMIT_TOK_NONE);
            comp_store_id(c, name->u.name);
            comp_delete_id(c, name->u.name);
            EMITA(c, adjust_stack_size, -1);
            decrease_except_level(c);
        }
        EMITA(c, pop_except_jump, l2, true);
        EMITA(c, label_assign, l_end_finally);
        EMITA(c, adjust_stack_size, 1);
    }
    decrease_except_level(c);
    EMIT0(c, end_except_handler);
    EMITA(c, label_assign, l_success);
    if (orelse) {
        comp_stmt(c, orelse);
    }
    EMITA(c, label_assign, l2);
}

// try_stmt with a finally clause (6.13).
static void comp_try_finally(comp *c, const cnode *body, const cnode *handlers, const cnode *orelse,
                             const cnode *finally) {
    uint32_t l_finally = comp_new_label(c);
    increase_except_level(c, l_finally, EMIT_BLOCK_FINALLY);
    if (!handlers) {
        EMITA(c, adjust_stack_size, 3);
        comp_stmt(c, body);
        EMITA(c, adjust_stack_size, -3);
    } else {
        comp_try_except(c, body, handlers, orelse);
    }
    EMITA(c, load_const_tok, EMIT_TOK_NONE);
    EMITA(c, label_assign, l_finally);
    EMITA(c, adjust_stack_size, 1);
    comp_stmt(c, finally);
    EMITA(c, adjust_stack_size, -1);
    decrease_except_level(c);
}

// ---------------------------------------------------------------------------------------------
// Definitions (6.19, 6.20).

// A `micropython.X` decorator, which the compiler consumes. True when it was one (even a bad
// one, which gets an error).
static bool builtin_decorator(comp *c, const cnode *d, uint32_t n_names) {
    if (CN_KID(d, 0)->u.name != c->q_micropython) {
        return false;
    }
    if (n_names != 2) {
        comp_error(c, CN_KID(d, 0)->span, "invalid micropython decorator");
        return true;
    }
    const char *attr = intern_str(&c->u->names, CN_KID(d, 1)->u.name);
    if (strcmp(attr, "bytecode") == 0) {
        return true;
    }
    if (strcmp(attr, "native") == 0 || strcmp(attr, "viper") == 0 ||
        strcmp(attr, "asm_thumb") == 0 || strcmp(attr, "asm_xtensa") == 0 ||
        strcmp(attr, "asm_rv32") == 0) {
        char msg[80];
        snprintf(msg, sizeof msg, "native code generation is not supported yet (@micropython.%s)",
                 attr);
        comp_error(c, d->span, msg);
        return true;
    }
    comp_error(c, CN_KID(d, 1)->span, "invalid micropython decorator");
    return true;
}

// def or class: decorators, the object, decorator calls, the store of its name.
static void comp_def(comp *c, cnode *n) {
    bool is_class = n->kind == AST_CLASSDEF;
    const cnode *decos = CN_KID(n, is_class ? 3 : 4);
    uint32_t n_builtin = 0;
    for (uint32_t i = 0; decos && i < decos->n && !c->failed; i++) {
        const cnode *d = CN_KID(decos, i);
        uint32_t n_names = d->n - ((d->flags & CN_DECO_CALL) ? 1 : 0);
        if (builtin_decorator(c, d, n_names)) {
            n_builtin++;
            continue;
        }
        comp_load_id(c, CN_KID(d, 0)->u.name);
        for (uint32_t j = 1; j < n_names; j++) {
            EMITA(c, attr, CN_KID(d, j)->u.name, EMIT_ACCESS_LOAD);
        }
        if (d->flags & CN_DECO_CALL) {
            const cnode *call = CN_KID(d, n_names);
            EMITA(c, set_source_line, call->line);
            comp_call_args(c, call, false, 0);
        }
    }
    if (c->failed) {
        return;
    }
    intern_id name = CN_KID(n, 0)->u.name;
    scope *child = comp_child_scope(c, n, is_class ? SCOPE_CLASS : SCOPE_FUNCTION, name);
    if (!child) {
        return;
    }
    if (is_class) {
        EMIT0(c, load_build_class);
        comp_close_over(c, child, 0, 0);
        EMITA(c, load_const_str, name);
        const cnode *args = CN_KID(n, 1);
        if (args) {
            comp_call_args(c, args, false, 2);
        } else {
            EMITA(c, call_function, 2, 0, 0);
        }
    } else {
        if (n->flags & AST_ASYNC) {
            child->flags |= SCOPE_FLAG_GENERATOR;
        }
        comp_make_function(c, child, CN_KID(n, 1));
    }
    for (uint32_t i = 0; decos && i < decos->n - n_builtin; i++) {
        EMITA(c, call_function, 1, 0, 0);
    }
    comp_store_id(c, name);
}

// ---------------------------------------------------------------------------------------------
// Statements.

static bool is_const_true(comp *c, const cnode *n) {
    if (!cn_is_const(n)) {
        return false;
    }
    return cn_const_truth(&c->u->names, n);
}

static bool is_const_false(comp *c, const cnode *n) {
    if (!cn_is_const(n)) {
        return false;
    }
    return !cn_const_truth(&c->u->names, n);
}

void comp_stmt(comp *c, const cnode *n) {
    if (c->failed) {
        return;
    }
    if (n->kind == AST_BLOCK || n->kind == AST_MODULE) {
        for (uint32_t i = 0; i < n->n && !c->failed; i++) {
            comp_stmt(c, CN_KID(n, i));
        }
        return;
    }
    EMITA(c, set_source_line, n->line);
    switch (n->kind) {
        case AST_PASS:
            break;
        case AST_EXPR_STMT:
            comp_expr(c, CN_KID(n, 0));
            EMIT0(c, pop_top);
            break;
        case AST_ASSIGN:
            if (n->n == 2) {
                plain_assign(c, CN_KID(n, 0), CN_KID(n, 1));
            } else {
                comp_expr(c, CN_KID(n, n->n - 1));
                EMIT0(c, dup_top);
                comp_assign(c, CN_KID(n, 0), ASSIGN_STORE);
                for (uint32_t i = 1; i + 1 < n->n; i++) {
                    if (i + 2 < n->n) {
                        EMIT0(c, dup_top);
                    }
                    comp_assign(c, CN_KID(n, i), ASSIGN_STORE);
                }
            }
            break;
        case AST_ANN_ASSIGN:
            if (CN_KID(n, 2)) {
                plain_assign(c, CN_KID(n, 0), CN_KID(n, 2));
            } else if (c->cur->kind == SCOPE_FUNCTION && CN_KID(n, 0)->kind == AST_NAME) {
                // `x: T` inside a function declares x a local.
                checked(c, scope_find_or_add(c->a, c->cur, CN_KID(n, 0)->u.name, SCOPE_ID_LOCAL));
            }
            break;
        case AST_AUG_ASSIGN:
            comp_assign(c, CN_KID(n, 0), ASSIGN_AUG_LOAD);
            comp_expr(c, CN_KID(n, 1));
            EMITA(c, binary_op, BC_BINARY_INPLACE_OR + n->op);
            comp_assign(c, CN_KID(n, 0), ASSIGN_AUG_STORE);
            break;
        case AST_DEL:
            for (uint32_t i = 0; i < n->n; i++) {
                del_target(c, CN_KID(n, i));
            }
            break;
        case AST_BREAK:
        case AST_CONTINUE:
            if (!c->in_loop) {
                comp_error(c, n->span, "'break'/'continue' outside loop");
                break;
            }
            if (c->except_level - c->break_continue_except_level > 127) {
                // UNWIND_JUMP's count is 7 bits (stock writes a wrong one).
                comp_errorf(c, n->span, "'%s' leaves %u 'with'/'try' blocks: at most 127 fit",
                            n->kind == AST_BREAK ? "break" : "continue",
                            c->except_level - c->break_continue_except_level);
                break;
            }
            EMITA(c, unwind_jump, n->kind == AST_BREAK ? c->break_label : c->continue_label,
                  c->except_level - c->break_continue_except_level,
                  n->kind == AST_BREAK && c->break_from_for);
            break;
        case AST_RETURN: {
            if (c->cur->kind != SCOPE_FUNCTION) {
                comp_error(c, n->span, "'return' outside function");
                break;
            }
            const cnode *v = CN_KID(n, 0);
            if (!v) {
                EMITA(c, load_const_tok, EMIT_TOK_NONE);
            } else if (v->kind == AST_IFEXP) {
                uint32_t l_fail = comp_new_label(c);
                comp_if_cond(c, CN_KID(v, 1), false, l_fail);
                comp_expr(c, CN_KID(v, 0));
                EMIT0(c, return_value);
                EMITA(c, label_assign, l_fail);
                comp_expr(c, CN_KID(v, 2));
            } else {
                comp_expr(c, v);
            }
            EMIT0(c, return_value);
            break;
        }
        case AST_RAISE:
            if (!CN_KID(n, 0)) {
                EMITA(c, raise_varargs, 0);
            } else {
                comp_expr(c, CN_KID(n, 0));
                if (CN_KID(n, 1)) {
                    comp_expr(c, CN_KID(n, 1));
                }
                EMITA(c, raise_varargs, CN_KID(n, 1) ? 2 : 1);
            }
            break;
        case AST_GLOBAL:
        case AST_NONLOCAL:
            comp_global_nonlocal(c, n);
            break;
        case AST_ASSERT: {
            if (c->opt_level != 0) {
                break;
            }
            uint32_t l_end = comp_new_label(c);
            comp_if_cond(c, CN_KID(n, 0), true, l_end);
            c->ops->load_id.global(c->e, c->q_assertion_error, EMIT_GLOBAL_GLOBAL);
            if (CN_KID(n, 1)) {
                comp_expr(c, CN_KID(n, 1));
                EMITA(c, call_function, 1, 0, 0);
            }
            EMITA(c, raise_varargs, 1);
            EMITA(c, label_assign, l_end);
            break;
        }
        case AST_IMPORT:
            comp_import(c, n);
            break;
        case AST_IMPORT_FROM:
            comp_import_from(c, n);
            break;
        case AST_IF:
            comp_if(c, n);
            break;
        case AST_WHILE:
            comp_while(c, n);
            break;
        case AST_FOR:
        case AST_WITH:
            if (n->flags & AST_ASYNC) {
                if (!(c->cur->flags & SCOPE_FLAG_GENERATOR)) {
                    comp_error(c, n->span, "async for/with outside async function");
                    break;
                }
                if (n->kind == AST_FOR) {
                    comp_async_for(c, n);
                } else {
                    comp_async_with(c, n);
                }
            } else if (n->kind == AST_FOR) {
                comp_for(c, n);
            } else {
                comp_with(c, n);
            }
            break;
        case AST_TRY: {
            const cnode *handlers = CN_KID(n, 1), *finally = CN_KID(n, 3);
            if (finally) {
                comp_try_finally(c, CN_KID(n, 0), handlers, CN_KID(n, 2), finally);
            } else {
                comp_try_except(c, CN_KID(n, 0), handlers, CN_KID(n, 2));
            }
            break;
        }
        case AST_FUNCDEF:
        case AST_CLASSDEF:
            comp_def(c, (cnode *)n);
            break;
        default:
            comp_error(c, n->span, "internal error: unexpected statement");
            break;
    }
}

// ---------------------------------------------------------------------------------------------
// Scopes.

// Registers one parameter of a def or lambda in the scope pass (4.4 step 1).
static void register_param(comp *c, const cnode *p) {
    scope *s = c->cur;
    if (s->flags & SCOPE_FLAG_VARKEYWORDS) {
        comp_error(c, p->span, "invalid syntax");
        return;
    }
    intern_id name = CN_KID(p, 0) ? CN_KID(p, 0)->u.name : 0;
    uint8_t flags = SCOPE_ID_PARAM;
    if (p->op == AST_PARAM_POS) {
        if (c->have_star) {
            s->n_kwonly_args++;
        } else {
            s->n_pos_args++;
        }
    } else if (p->op == AST_PARAM_STAR) {
        if (c->have_star) {
            comp_error(c, p->span, "invalid syntax");
            return;
        }
        c->have_star = true;
        flags |= SCOPE_ID_STAR_PARAM;
        if (name) {
            s->flags |= SCOPE_FLAG_VARARGS;
        }
    } else {
        flags |= SCOPE_ID_DSTAR_PARAM;
        s->flags |= SCOPE_FLAG_VARKEYWORDS;
    }
    if (!name) {
        return;
    }
    scope_id *id = checked(c, scope_find_or_add(c->a, s, name, SCOPE_ID_UNDECIDED));
    if (!id) {
        return;
    }
    if (id->kind != SCOPE_ID_UNDECIDED) {
        comp_error(c, p->span, "argument name reused");
        return;
    }
    id->kind = SCOPE_ID_LOCAL;
    id->flags = flags;
}

static void register_params(comp *c, const cnode *params) {
    c->have_star = false;
    for (uint32_t i = 0; params && i < params->n && !c->failed; i++) {
        register_param(c, CN_KID(params, i));
    }
}

// One pass over one scope (stock's compile_scope); false when EMIT must run again.
static bool compile_scope(comp *c, scope *s, emit_pass pass) {
    c->pass = pass;
    c->cur = s;
    c->next_label = 0;
    c->except_level = 0;
    c->in_loop = false;
    c->break_from_for = false;
    c->ops->start_pass(c->e, pass, s);
    const cnode *n = (const cnode *)(const void *)s->node;
    switch ((scope_kind)s->kind) {
        case SCOPE_MODULE:
            comp_stmt(c, n);
            EMITA(c, load_const_tok, EMIT_TOK_NONE);
            EMIT0(c, return_value);
            break;
        case SCOPE_FUNCTION:
            if (pass == EMIT_PASS_SCOPE) {
                register_params(c, CN_KID(n, 1));
            }
            comp_stmt(c, CN_KID(n, 3));
            EMITA(c, load_const_tok, EMIT_TOK_NONE);
            EMIT0(c, return_value);
            break;
        case SCOPE_LAMBDA:
            EMITA(c, set_source_line, n->line);
            if (pass == EMIT_PASS_SCOPE) {
                register_params(c, CN_KID(n, 0));
            }
            comp_expr(c, CN_KID(n, 1));
            if (s->flags & SCOPE_FLAG_GENERATOR) {
                EMIT0(c, pop_top);
                EMITA(c, load_const_tok, EMIT_TOK_NONE);
            }
            EMIT0(c, return_value);
            break;
        case SCOPE_LIST_COMP:
        case SCOPE_DICT_COMP:
        case SCOPE_SET_COMP:
        case SCOPE_GEN_EXPR:
            comp_comprehension_scope(c, n);
            break;
        case SCOPE_CLASS: {
            if (pass == EMIT_PASS_SCOPE) {
                checked(c, scope_find_or_add(c->a, s, c->q_class, SCOPE_ID_LOCAL));
            }
            comp_load_id(c, c->q_name);
            comp_store_id(c, c->q_module);
            EMITA(c, load_const_str, CN_KID(n, 0)->u.name);
            comp_store_id(c, c->q_qualname);
            comp_stmt(c, CN_KID(n, 2));
            const scope_id *id = scope_find(s, c->q_class);
            if (!id || id->kind == SCOPE_ID_LOCAL) {
                EMITA(c, load_const_tok, EMIT_TOK_NONE);
            } else {
                c->ops->load_id.local(c->e, c->q_class, id->local_num, EMIT_LOCAL_FAST);
            }
            EMIT0(c, return_value);
            break;
        }
    }
    return c->ops->end_pass(c->e);
}

// Limits of MicroPython's bytecode that stock mpy-cross does not check (it aborts, or writes
// a file that fails when run): local numbers have 16 bits, and the prelude names a cell in
// one byte.
static void check_locals(comp *c, const scope *s) {
    const cnode *n = (const cnode *)(const void *)s->node;
    src_span at = s->parent && n ? n->span : (src_span){0, 0};
    if (s->n_locals > UINT16_MAX) {
        comp_errorf(c, at, "too many local variables (%u; at most %u)", s->n_locals,
                    (unsigned)UINT16_MAX);
        return;
    }
    for (uint32_t i = 0; i < s->n_ids; i++) {
        const scope_id *id = &s->ids[i];
        if (id->kind == SCOPE_ID_CELL && id->local_num > 255) {
            comp_errorf(c, at,
                        "'%s' is local variable number %u and used by an inner function: only "
                        "locals 0 to 255 can be shared",
                        intern_str(&c->u->names, id->name), (unsigned)id->local_num);
            return;
        }
    }
}

static intern_id q(comp *c, const char *s) {
    intern_id id = intern_add(&c->u->names, s, strlen(s));
    if (!id) {
        no_memory(c);
    }
    return id;
}

// The source name as mpy-cross stores it: backslashes become slashes.
static const char *source_name(comp_unit *u, const comp_options *opt) {
    const char *name = opt->source_name ? opt->source_name : u->src.name;
    if (!strchr(name, '\\')) {
        return name;
    }
    char *copy = arena_strndup(&u->arena, name, strlen(name));
    for (char *p = copy; p && *p; p++) {
        if (*p == '\\') {
            *p = '/';
        }
    }
    return copy;
}

static void report_emit_error(comp *c) {
    switch (c->m.error) {
        case EMIT_OK:
            break;
        case EMIT_ERR_NO_MEMORY:
            no_memory(c);
            break;
        case EMIT_ERR_BYTECODE_OVERFLOW:
            comp_error(c,
                       c->cur->node ? ((const cnode *)(const void *)c->cur->node)->span
                                    : (src_span){0, 0},
                       "bytecode overflow");
            break;
        case EMIT_ERR_TOO_BIG:
            comp_error(c, (src_span){0, 0}, "code too large for the .mpy format");
            break;
        default:
            comp_error(c, (src_span){0, 0}, "internal error in the bytecode emitter");
            break;
    }
}

bool comp_module(comp_unit *u, const comp_options *opt, const uint8_t **out, size_t *out_len) {
    comp_options defaults = COMP_DEFAULT_OPTIONS;
    if (!opt) {
        opt = &defaults;
    }
    if (!u->tree || diag_has_errors(&u->diag)) {
        return false;
    }
    if (opt->emit != COMP_EMIT_BYTECODE) {
        diag_error(&u->diag, (src_span){0, 0}, "native code generation is not supported yet");
        return false;
    }
    const char *src_name = source_name(u, opt);
    if (!src_name) {
        diag_error(&u->diag, (src_span){0, 0}, "out of memory");
        return false;
    }
    fold_config fc = {
        .small_int_bits = opt->small_int_bits ? opt->small_int_bits : 31,
        .source_name = src_name,
        .file_name = u->src.name,
    };
    cnode *root = fold_module(u, &fc);
    if (!root) {
        return false;
    }
    comp c = {.u = u, .a = &u->arena, .ops = &emit_bc_ops};
    c.opt_level = u->opts.opt_level;
    c.small_int_bits = fc.small_int_bits;
    intern_id src_q = q(&c, src_name);
    c.q_empty = q(&c, "");
    c.q_class = q(&c, "__class__");
    c.q_name = q(&c, "__name__");
    c.q_module = q(&c, "__module__");
    c.q_qualname = q(&c, "__qualname__");
    c.q_super = q(&c, "super");
    c.q_range = q(&c, "range");
    c.q_micropython = q(&c, "micropython");
    c.q_assertion_error = q(&c, "AssertionError");
    c.q_stop_async_iteration = q(&c, "StopAsyncIteration");
    c.q_aiter = q(&c, "__aiter__");
    c.q_anext = q(&c, "__anext__");
    c.q_aenter = q(&c, "__aenter__");
    c.q_aexit = q(&c, "__aexit__");
    c.q_star = q(&c, "*");
    c.q_const = q(&c, "const");
    intern_id q_module_name = q(&c, "<module>");
    if (c.failed || !emit_module_init(&c.m, c.a, &u->names, src_q)) {
        no_memory(&c);
        return false;
    }
    c.m.no_lines = opt->no_lines || c.opt_level >= 3;
    c.e = emit_bc_new(&c.m);
    scope *module = scope_new(c.a, SCOPE_MODULE, q_module_name, NULL);
    if (!c.e || !module) {
        no_memory(&c);
        return false;
    }
    module->node = (const struct ast *)(const void *)root;
    c.head = c.tail = module;

    // Pass 1 over every scope; the list grows while it is walked (4.2).
    for (scope *s = c.head; s && !c.failed; s = s->next) {
        compile_scope(&c, s, EMIT_PASS_SCOPE);
        for (uint32_t i = 0; i < s->n_ids && !c.failed; i++) {
            if (s->ids[i].kind == SCOPE_ID_GLOBAL_IMPLICIT &&
                !scope_check_to_close_over(c.a, s, &s->ids[i])) {
                no_memory(&c);
            }
        }
    }
    for (scope *s = c.head; s && !c.failed; s = s->next) {
        scope_compute_things(s, c.q_class);
        check_locals(&c, s);
    }
    // Then stack size, code size and emit, scope by scope.
    for (scope *s = c.head; s && !c.failed && c.m.error == EMIT_OK; s = s->next) {
        compile_scope(&c, s, EMIT_PASS_STACK_SIZE);
        if (c.failed || c.m.error != EMIT_OK) {
            break;
        }
        compile_scope(&c, s, EMIT_PASS_CODE_SIZE);
        // EMIT runs again while the code shrinks (jumps that got closer take the short form).
        // Code never grows in EMIT (the emitter fails if it would), so this ends after at most
        // as many passes as the code has bytes; in practice after a few.
        while (!c.failed && c.m.error == EMIT_OK && !compile_scope(&c, s, EMIT_PASS_EMIT)) {
        }
    }
    report_emit_error(&c);
    if (c.failed) {
        return false;
    }
    c.m.root = emit_scope_raw_code(&c.m, module);
    mpyw_options wo = MPYW_DEFAULT_OPTIONS;
    wo.small_int_bits = c.small_int_bits;
    wo.arch = opt->arch;
    wo.arch_flags = opt->arch_flags;
    mpyw_status st = mpyw_write(&c.m, &wo, c.a, out, out_len);
    if (st != MPYW_OK) {
        diag_error(&u->diag, (src_span){0, 0}, "%s",
                   st == MPYW_NO_MEMORY ? "out of memory" : "cannot write the .mpy file");
        return false;
    }
    return true;
}
