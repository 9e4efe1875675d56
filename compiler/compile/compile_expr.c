// Expressions, conditions, assignment targets, calls, function objects and comprehensions of
// the folded tree, as emitter calls in stock's order (compiler-semantics.md 6.2, 6.16, 7).
// A node that stock's compiler reaches through compile_node() first records its line;
// compile_node's callers that bypass it for a node (conditions, method calls, the argument
// forms of a call) are mirrored by compiling the parts directly.
#include <string.h>

#include "comp_internal.h"
#include "runtime/format/bc_ops.h"

// ---------------------------------------------------------------------------------------------
// Conditions (6.16).

void comp_if_cond(comp *c, const cnode *n, bool jump_if, uint32_t label) {
    if (c->failed) {
        return;
    }
    if (cn_is_const(n)) {
        if (cn_const_truth(&c->u->names, n) == jump_if) {
            EMITA(c, jump, label);
        }
        return;
    }
    if (n->kind == AST_BOOLOP) {
        // or with jump_if false, and with jump_if true: all but the last to a local label.
        bool is_or = n->op == AST_BOOL_OR;
        if (is_or != jump_if) {
            uint32_t label2 = comp_new_label(c);
            for (uint32_t i = 0; i + 1 < n->n; i++) {
                comp_if_cond(c, CN_KID(n, i), !jump_if, label2);
            }
            comp_if_cond(c, CN_KID(n, n->n - 1), jump_if, label);
            EMITA(c, label_assign, label2);
        } else {
            for (uint32_t i = 0; i < n->n; i++) {
                comp_if_cond(c, CN_KID(n, i), jump_if, label);
            }
        }
        return;
    }
    if (n->kind == AST_UNOP && n->op == AST_UNOP_NOT) {
        comp_if_cond(c, CN_KID(n, 0), !jump_if, label);
        return;
    }
    comp_expr(c, n);
    EMITA(c, pop_jump_if, jump_if, label);
}

// ---------------------------------------------------------------------------------------------
// Trailers and calls (7.3, 7.4, 7.8).

// One trailer compiled on its own (stock's compile_node on a trailer node): its line first.
static void comp_trailer(comp *c, const cnode *t) {
    EMITA(c, set_source_line, t->line);
    switch (t->kind) {
        case CN_T_CALL:
            comp_call_args(c, t, false, 0);
            break;
        case CN_T_INDEX:
            comp_expr(c, CN_KID(t, 0));
            EMITA(c, subscr, EMIT_ACCESS_LOAD);
            break;
        default:
            EMITA(c, attr, t->u.name, EMIT_ACCESS_LOAD);
            break;
    }
}

void comp_call_args(comp *c, const cnode *call, bool is_method, uint32_t n_extra) {
    uint32_t n_pos = n_extra, n_kw = 0;
    unsigned star_flags = 0;
    int64_t star_args = 0;
    for (uint32_t i = 0; i < call->n && !c->failed; i++) {
        const cnode *a = CN_KID(call, i);
        switch (a->kind) {
            case AST_STAR:
                if (star_flags & EMIT_STAR_DOUBLE) {
                    comp_error(c, a->span, "* arg after **");
                    return;
                }
                if (n_kw) {
                    comp_error(c, a->span, "* arg after kwarg");
                    return;
                }
                if (i >= (uint32_t)c->small_int_bits - 1) {
                    comp_error(c, a->span, "too many args");
                    return;
                }
                star_flags |= EMIT_STAR_SINGLE;
                star_args |= (int64_t)1 << i;
                comp_expr(c, CN_KID(a, 0));
                n_pos++;
                break;
            case AST_DSTAR:
                star_flags |= EMIT_STAR_DOUBLE;
                EMIT0(c, load_null);
                comp_expr(c, CN_KID(a, 0));
                n_kw++;
                break;
            case AST_KEYWORD:
                if (CN_KID(a, 0)->kind != AST_NAME) {
                    comp_error(c, a->span, "LHS of keyword arg must be an id");
                    return;
                }
                EMITA(c, load_const_str, CN_KID(a, 0)->u.name);
                comp_expr(c, CN_KID(a, 1));
                n_kw++;
                break;
            default:
                if (a->kind == AST_NAMED_EXPR && a->line == 0) {
                    // `f(x := e)`: the argument form, compiled without a line of its own.
                    comp_namedexpr(c, CN_KID(a, 0), CN_KID(a, 1));
                    n_pos++;
                    break;
                }
                if (a->kind == AST_GENEXP && !(a->flags & AST_PAREN)) {
                    comp_expr(c, a); // `f(x for x in y)`: the sole argument
                    n_pos++;
                    break;
                }
                if (star_flags & EMIT_STAR_DOUBLE) {
                    comp_error(c, a->span, "positional arg after **");
                    return;
                }
                if (n_kw) {
                    comp_error(c, a->span, "positional arg after keyword arg");
                    return;
                }
                comp_expr(c, a);
                n_pos++;
                break;
        }
    }
    if (c->failed) {
        return;
    }
    if (n_pos > 255 || n_kw > 255) {
        // The call's operand has 8 bits for each count (stock writes a wrong one).
        comp_errorf(c, call->span, "call with %u %s arguments: at most %u fit",
                    n_pos > 255 ? n_pos - n_extra : n_kw, n_pos > 255 ? "positional" : "keyword",
                    n_pos > 255 ? 255 - n_extra : 255);
        return;
    }
    if (star_flags) {
        EMITA(c, load_const_small_int, star_args);
    }
    if (is_method) {
        EMITA(c, call_method, n_pos, n_kw, star_flags);
    } else {
        EMITA(c, call_function, n_pos, n_kw, star_flags);
    }
}

// An atom with its trailers (stock's compile_atom_expr_normal), without a line of its own.
static void comp_atom_expr_body(comp *c, const cnode *n) {
    comp_expr(c, CN_KID(n, 0));
    uint32_t i = 1;
    const cnode *atom = CN_KID(n, 0);
    if (n->n >= 2 && c->cur->kind == SCOPE_FUNCTION && atom->kind == AST_NAME &&
        atom->u.name == c->q_super && CN_KID(n, 1)->kind == CN_T_CALL && CN_KID(n, 1)->n == 0) {
        // super() in a function: load __class__ and the first parameter (7.8).
        comp_load_id(c, c->q_class);
        const scope_id *self = NULL;
        for (uint32_t k = 0; k < c->cur->n_ids; k++) {
            if (c->cur->ids[k].flags & SCOPE_ID_PARAM) {
                self = &c->cur->ids[k];
                break;
            }
        }
        if (!self) {
            comp_error(c, CN_KID(n, 1)->span, "super() can't find self");
            return;
        }
        comp_load_id(c, self->name);
        if (n->n >= 4 && CN_KID(n, 2)->kind == CN_T_ATTR && CN_KID(n, 3)->kind == CN_T_CALL) {
            EMITA(c, load_method, CN_KID(n, 2)->u.name, true);
            comp_call_args(c, CN_KID(n, 3), true, 0);
            i = 4;
        } else {
            EMITA(c, call_function, 2, 0, 0);
            i = 2;
        }
    }
    for (; i < n->n && !c->failed; i++) {
        const cnode *t = CN_KID(n, i);
        if (i + 1 < n->n && t->kind == CN_T_ATTR && CN_KID(n, i + 1)->kind == CN_T_CALL) {
            EMITA(c, load_method, t->u.name, false);
            comp_call_args(c, CN_KID(n, i + 1), true, 0);
            i++;
        } else {
            comp_trailer(c, t);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Assignment targets (6.2, 6.3).

static void assign_tuple(comp *c, const cnode *t) {
    uint32_t star = UINT32_MAX;
    for (uint32_t i = 0; i < t->n; i++) {
        if (CN_KID(t, i)->kind == AST_STAR) {
            if (star != UINT32_MAX) {
                comp_error(c, CN_KID(t, i)->span, "multiple *x in assignment");
                return;
            }
            EMITA(c, unpack_ex, i, t->n - i - 1);
            star = i;
        }
    }
    if (star == UINT32_MAX) {
        EMITA(c, unpack_sequence, t->n);
    }
    for (uint32_t i = 0; i < t->n && !c->failed; i++) {
        const cnode *k = CN_KID(t, i);
        comp_assign(c, i == star ? CN_KID(k, 0) : k, ASSIGN_STORE);
    }
}

static void assign_atom_expr(comp *c, const cnode *n, int kind) {
    if (kind != ASSIGN_AUG_STORE) {
        comp_expr(c, CN_KID(n, 0));
        for (uint32_t i = 1; i + 1 < n->n; i++) {
            comp_trailer(c, CN_KID(n, i));
        }
    }
    const cnode *last = CN_KID(n, n->n - 1);
    if (last->kind == CN_T_INDEX) {
        if (kind == ASSIGN_AUG_STORE) {
            EMIT0(c, rot_three);
            EMITA(c, subscr, EMIT_ACCESS_STORE);
        } else {
            comp_expr(c, CN_KID(last, 0));
            if (kind == ASSIGN_AUG_LOAD) {
                EMIT0(c, dup_top_two);
                EMITA(c, subscr, EMIT_ACCESS_LOAD);
            } else {
                EMITA(c, subscr, EMIT_ACCESS_STORE);
            }
        }
        return;
    }
    if (last->kind == CN_T_ATTR) {
        if (kind == ASSIGN_AUG_LOAD) {
            EMIT0(c, dup_top);
            EMITA(c, attr, last->u.name, EMIT_ACCESS_LOAD);
        } else {
            if (kind == ASSIGN_AUG_STORE) {
                EMIT0(c, rot_two);
            }
            EMITA(c, attr, last->u.name, EMIT_ACCESS_STORE);
        }
        return;
    }
    comp_error(c, n->span, "can't assign to expression");
}

void comp_assign(comp *c, const cnode *n, int kind) {
    if (c->failed) {
        return;
    }
    switch (n->kind) {
        case AST_NAME:
            if (kind == ASSIGN_AUG_LOAD) {
                comp_load_id(c, n->u.name);
            } else {
                comp_store_id(c, n->u.name);
            }
            return;
        case CN_ATOM_EXPR:
            assign_atom_expr(c, n, kind);
            return;
        case AST_TUPLE:
        case AST_LIST:
            if (kind == ASSIGN_STORE && (n->kind == AST_LIST || n->n > 0)) {
                assign_tuple(c, n);
                return;
            }
            break;
        default:
            break;
    }
    comp_error(c, n->span, "can't assign to expression");
}

// ---------------------------------------------------------------------------------------------
// Function objects (7.1).

void comp_close_over(comp *c, scope *child, uint32_t n_pos_defaults, uint32_t n_kw_defaults) {
    if (n_kw_defaults > 0) {
        child->flags |= SCOPE_FLAG_DEFKWARGS;
    }
    child->n_def_pos_args = n_pos_defaults;
    uint32_t n_free = 0;
    if (c->cur->kind != SCOPE_MODULE) {
        for (uint32_t i = 0; i < c->cur->n_ids; i++) {
            const scope_id *id = &c->cur->ids[i];
            if (id->kind != SCOPE_ID_CELL && id->kind != SCOPE_ID_FREE) {
                continue;
            }
            for (uint32_t j = 0; j < child->n_ids; j++) {
                const scope_id *id2 = &child->ids[j];
                if (id2->kind == SCOPE_ID_FREE && id2->name == id->name) {
                    c->ops->load_id.local(c->e, id->name, id->local_num, EMIT_LOCAL_FAST);
                    n_free++;
                }
            }
        }
    }
    if (n_free > 255) {
        // MAKE_CLOSURE's count is one byte.
        const cnode *n = (const cnode *)(const void *)child->node;
        comp_errorf(c, n->span, "'%s' uses %u variables of enclosing functions: at most 255 fit",
                    intern_str(&c->u->names, child->simple_name), n_free);
        return;
    }
    if (n_free == 0) {
        EMITA(c, make_function, child, n_pos_defaults, n_kw_defaults);
    } else {
        EMITA(c, make_closure, child, n_free, n_pos_defaults, n_kw_defaults);
    }
}

void comp_make_function(comp *c, scope *child, const cnode *params) {
    bool saved_star = c->have_star;
    uint32_t saved_dict = c->n_dict_params, saved_default = c->n_default_params;
    c->have_star = false;
    c->n_dict_params = 0;
    c->n_default_params = 0;
    for (uint32_t i = 0; params && i < params->n && !c->failed; i++) {
        const cnode *p = CN_KID(params, i);
        if (p->op == AST_PARAM_STAR) {
            c->have_star = true;
            continue;
        }
        if (p->op == AST_PARAM_DSTAR) {
            continue;
        }
        const cnode *dflt = CN_KID(p, 2);
        if (!dflt) {
            if (!c->have_star && c->n_default_params != 0) {
                comp_error(c, p->span, "non-default argument follows default argument");
            }
            continue;
        }
        if (c->have_star) {
            c->n_dict_params++;
            if (c->n_dict_params == 1) {
                if (c->n_default_params > 0) {
                    EMITA(c, build, c->n_default_params, EMIT_BUILD_TUPLE);
                } else {
                    EMIT0(c, load_null);
                }
                EMITA(c, build, 0, EMIT_BUILD_MAP);
            }
            comp_expr(c, dflt);
            EMITA(c, load_const_str, CN_KID(p, 0)->u.name);
            EMIT0(c, store_map);
        } else {
            c->n_default_params++;
            comp_expr(c, dflt);
        }
    }
    if (!c->failed) {
        if (c->n_default_params > 0 && c->n_dict_params == 0) {
            EMITA(c, build, c->n_default_params, EMIT_BUILD_TUPLE);
            EMIT0(c, load_null);
        }
        comp_close_over(c, child, c->n_default_params, c->n_dict_params);
    }
    c->have_star = saved_star;
    c->n_dict_params = saved_dict;
    c->n_default_params = saved_default;
}

// ---------------------------------------------------------------------------------------------
// Comprehensions (5.5, 7.10).

static scope_kind comp_kind(const cnode *n) {
    switch (n->kind) {
        case AST_LISTCOMP:
            return SCOPE_LIST_COMP;
        case AST_DICTCOMP:
            return SCOPE_DICT_COMP;
        case AST_SETCOMP:
            return SCOPE_SET_COMP;
        default:
            return SCOPE_GEN_EXPR;
    }
}

static const char *comp_name(scope_kind k) {
    switch (k) {
        case SCOPE_LIST_COMP:
            return "<listcomp>";
        case SCOPE_DICT_COMP:
            return "<dictcomp>";
        case SCOPE_SET_COMP:
            return "<setcomp>";
        default:
            return "<genexpr>";
    }
}

// The call site: make the function, evaluate the first iterable here, call (7.10).
static void comp_comprehension(comp *c, const cnode *n) {
    scope_kind kind = comp_kind(n);
    intern_id name = intern_add(&c->u->names, comp_name(kind), strlen(comp_name(kind)));
    scope *child = name ? comp_child_scope(c, (cnode *)n, kind, name) : NULL;
    if (!child) {
        comp_error(c, n->span, "out of memory");
        return;
    }
    comp_close_over(c, child, 0, 0);
    comp_expr(c, CN_KID(CN_KID(n, 1), 1));
    if (kind == SCOPE_GEN_EXPR) {
        EMITA(c, get_iter, false);
    }
    EMITA(c, call_function, 1, 0, 0);
}

// The comprehension's own code (5.5): nested loops over the clauses, written without
// recursion (a comprehension may have any number of clauses).
void comp_comprehension_scope(comp *c, const cnode *n) {
    if (!n) {
        return;
    }
    scope *s = c->cur;
    if (c->pass == EMIT_PASS_SCOPE) {
        if (!scope_find_or_add(c->a, s, c->q_empty, SCOPE_ID_LOCAL)) {
            comp_error(c, n->span, "out of memory");
            return;
        }
        s->n_pos_args = 1;
    }
    EMITA(c, set_source_line, n->scope_line);
    if (s->kind == SCOPE_LIST_COMP) {
        EMITA(c, build, 0, EMIT_BUILD_LIST);
    } else if (s->kind == SCOPE_DICT_COMP) {
        EMITA(c, build, 0, EMIT_BUILD_MAP);
    } else if (s->kind == SCOPE_SET_COMP) {
        EMITA(c, build, 0, EMIT_BUILD_SET);
    }
    if (s->kind == SCOPE_GEN_EXPR) {
        EMIT0(c, load_null);
        comp_load_id(c, c->q_empty);
        EMIT0(c, load_null);
        EMIT0(c, load_null);
    } else {
        comp_load_id(c, c->q_empty);
        EMITA(c, get_iter, true);
    }
    // Loop headers, innermost last; the labels of each open loop kept for its closing.
    uint32_t n_for = 0;
    for (uint32_t i = 1; i < n->n; i++) {
        n_for += CN_KID(n, i)->kind == AST_COMP_FOR;
    }
    uint32_t *tops = ARENA_ARRAY(c->a, uint32_t, n_for * 2 + 1);
    if (!tops) {
        comp_error(c, n->span, "out of memory");
        return;
    }
    uint32_t depth = 0;
    for (uint32_t i = 1; i < n->n && !c->failed; i++) {
        const cnode *cl = CN_KID(n, i);
        if (cl->kind == AST_COMP_IF) {
            comp_if_cond(c, CN_KID(cl, 0), false, tops[2 * (depth - 1)]);
            continue;
        }
        if (depth > 0) {
            comp_expr(c, CN_KID(cl, 1));
            EMITA(c, get_iter, true);
        }
        uint32_t l_top = comp_new_label(c), l_end = comp_new_label(c);
        tops[2 * depth] = l_top;
        tops[2 * depth + 1] = l_end;
        depth++;
        EMITA(c, label_assign, l_top);
        EMITA(c, for_iter, l_end);
        comp_assign(c, CN_KID(cl, 0), ASSIGN_STORE);
    }
    if (c->failed) {
        return;
    }
    comp_expr(c, CN_KID(n, 0));
    if (s->kind == SCOPE_GEN_EXPR) {
        EMITA(c, yield, EMIT_YIELD_VALUE);
        EMIT0(c, pop_top);
    } else {
        EMITA(c, store_comp, (scope_kind)s->kind, 4 * (depth - 1) + 5);
    }
    while (depth-- > 0) {
        EMITA(c, jump, tops[2 * depth]);
        EMITA(c, label_assign, tops[2 * depth + 1]);
        EMIT0(c, for_iter_end);
    }
    if (s->kind == SCOPE_GEN_EXPR) {
        EMITA(c, load_const_tok, EMIT_TOK_NONE);
    }
    EMIT0(c, return_value);
}

// ---------------------------------------------------------------------------------------------
// Expressions.

static emit_tok tok_of(uint8_t op) {
    switch (op) {
        case AST_CONST_NONE:
            return EMIT_TOK_NONE;
        case AST_CONST_TRUE:
            return EMIT_TOK_TRUE;
        case AST_CONST_FALSE:
            return EMIT_TOK_FALSE;
        default:
            return EMIT_TOK_ELLIPSIS;
    }
}

static unsigned compare_op(uint8_t op) {
    switch (op) {
        case AST_CMP_LT:
            return BC_BINARY_LESS;
        case AST_CMP_GT:
            return BC_BINARY_MORE;
        case AST_CMP_EQ:
            return BC_BINARY_EQUAL;
        case AST_CMP_LE:
            return BC_BINARY_LESS_EQUAL;
        case AST_CMP_GE:
            return BC_BINARY_MORE_EQUAL;
        case AST_CMP_NE:
            return BC_BINARY_NOT_EQUAL;
        case AST_CMP_IN:
            return BC_BINARY_IN;
        case AST_CMP_NOT_IN:
            return EMIT_BINARY_NOT_IN;
        case AST_CMP_IS:
            return BC_BINARY_IS;
        default:
            return EMIT_BINARY_IS_NOT;
    }
}

static void comp_compare(comp *c, const cnode *n) {
    comp_expr(c, CN_KID(n, 0));
    bool multi = n->n > 3;
    uint32_t l_fail = multi ? comp_new_label(c) : 0;
    for (uint32_t i = 1; i + 1 < n->n && !c->failed; i += 2) {
        comp_expr(c, CN_KID(n, i + 1));
        if (i + 2 < n->n) {
            EMIT0(c, dup_top);
            EMIT0(c, rot_three);
        }
        EMITA(c, binary_op, compare_op(CN_KID(n, i)->op));
        if (i + 2 < n->n) {
            EMITA(c, jump_if_or_pop, false, l_fail);
        }
    }
    if (multi) {
        uint32_t l_end = comp_new_label(c);
        EMITA(c, jump, l_end);
        EMITA(c, label_assign, l_fail);
        EMITA(c, adjust_stack_size, 1);
        EMIT0(c, rot_two);
        EMIT0(c, pop_top);
        EMITA(c, label_assign, l_end);
    }
}

static void comp_slice(comp *c, const cnode *n) {
    const cnode *lo = CN_KID(n, 0), *hi = CN_KID(n, 1), *step = CN_KID(n, 2);
    if (lo) {
        comp_expr(c, lo);
    } else {
        EMITA(c, load_const_tok, EMIT_TOK_NONE);
    }
    if (hi) {
        comp_expr(c, hi);
    } else {
        EMITA(c, load_const_tok, EMIT_TOK_NONE);
    }
    if (step) {
        comp_expr(c, step);
    }
    EMITA(c, build, step ? 3 : 2, EMIT_BUILD_SLICE);
}

static bool in_function_or_lambda(comp *c) {
    return c->cur->kind == SCOPE_FUNCTION || c->cur->kind == SCOPE_LAMBDA;
}

void comp_expr(comp *c, const cnode *n) {
    if (c->failed) {
        return;
    }
    switch (n->kind) {
        case AST_NAME:
            comp_load_id(c, n->u.name);
            return;
        case CN_SMALL:
            EMITA(c, load_const_small_int, n->u.small);
            return;
        case CN_QSTR:
            EMITA(c, load_const_str, n->u.name);
            return;
        case AST_CONST:
            EMITA(c, load_const_tok, tok_of(n->op));
            return;
        case AST_GENEXP:
            if (!(n->flags & AST_PAREN)) {
                comp_comprehension(c, n);
                return;
            }
            break;
        case AST_NAMED_EXPR:
            if (n->line == 0) {
                comp_namedexpr(c, CN_KID(n, 0), CN_KID(n, 1));
                return;
            }
            break;
        default:
            break;
    }
    // A node of its own: its line first (stock's compile_node on a struct node).
    EMITA(c, set_source_line, n->line);
    switch (n->kind) {
        case CN_OBJ:
            EMITA(c, load_const_obj, n->u.obj);
            break;
        case AST_TUPLE:
            for (uint32_t i = 0; i < n->n; i++) {
                comp_expr(c, CN_KID(n, i));
            }
            EMITA(c, build, n->n, EMIT_BUILD_TUPLE);
            break;
        case AST_LIST:
            for (uint32_t i = 0; i < n->n; i++) {
                comp_expr(c, CN_KID(n, i));
            }
            EMITA(c, build, n->n, EMIT_BUILD_LIST);
            break;
        case AST_SET:
            for (uint32_t i = 0; i < n->n; i++) {
                comp_expr(c, CN_KID(n, i));
            }
            EMITA(c, build, n->n, EMIT_BUILD_SET);
            break;
        case AST_DICT:
            EMITA(c, build, n->n, EMIT_BUILD_MAP);
            for (uint32_t i = 0; i < n->n && !c->failed; i++) {
                comp_expr(c, CN_KID(n, i));
                EMIT0(c, store_map);
            }
            break;
        case AST_DICT_ITEM:
            comp_expr(c, CN_KID(n, 1));
            comp_expr(c, CN_KID(n, 0));
            break;
        case AST_STAR:
            comp_error(c, n->span, "*x must be assignment target");
            break;
        case AST_BINOP:
            comp_expr(c, CN_KID(n, 0));
            for (uint32_t i = 1; i + 1 < n->n; i += 2) {
                comp_expr(c, CN_KID(n, i + 1));
                EMITA(c, binary_op, BC_BINARY_OR + CN_KID(n, i)->op);
            }
            break;
        case AST_UNOP:
            comp_expr(c, CN_KID(n, 0));
            EMITA(c, unary_op, n->op);
            break;
        case AST_BOOLOP: {
            uint32_t l_end = comp_new_label(c);
            for (uint32_t i = 0; i < n->n; i++) {
                comp_expr(c, CN_KID(n, i));
                if (i + 1 < n->n) {
                    EMITA(c, jump_if_or_pop, n->op == AST_BOOL_OR, l_end);
                }
            }
            EMITA(c, label_assign, l_end);
            break;
        }
        case AST_COMPARE:
            comp_compare(c, n);
            break;
        case AST_IFEXP: {
            uint32_t l_fail = comp_new_label(c), l_end = comp_new_label(c);
            comp_if_cond(c, CN_KID(n, 1), false, l_fail);
            comp_expr(c, CN_KID(n, 0));
            EMITA(c, jump, l_end);
            EMITA(c, label_assign, l_fail);
            EMITA(c, adjust_stack_size, -1);
            comp_expr(c, CN_KID(n, 2));
            EMITA(c, label_assign, l_end);
            break;
        }
        case AST_LAMBDA: {
            intern_id name = intern_add(&c->u->names, "<lambda>", 8);
            scope *child = name ? comp_child_scope(c, (cnode *)n, SCOPE_LAMBDA, name) : NULL;
            if (!child) {
                comp_error(c, n->span, "out of memory");
                break;
            }
            comp_make_function(c, child, CN_KID(n, 0));
            break;
        }
        case AST_NAMED_EXPR:
            comp_namedexpr(c, CN_KID(n, 0), CN_KID(n, 1));
            break;
        case CN_ATOM_EXPR:
            comp_atom_expr_body(c, n);
            break;
        case AST_AWAIT:
            if (!in_function_or_lambda(c)) {
                comp_error(c, n->span, "'await' outside function");
                break;
            }
            comp_atom_expr_body(c, n);
            EMITA(c, get_iter, false);
            EMITA(c, load_const_tok, EMIT_TOK_NONE);
            EMITA(c, yield, EMIT_YIELD_FROM);
            break;
        case AST_SLICE:
            comp_slice(c, n);
            break;
        case AST_LISTCOMP:
        case AST_SETCOMP:
        case AST_DICTCOMP:
        case AST_GENEXP:
            comp_comprehension(c, n);
            break;
        case AST_YIELD:
            if (!in_function_or_lambda(c)) {
                comp_error(c, n->span, "'yield' outside function");
                break;
            }
            if (CN_KID(n, 0)) {
                comp_expr(c, CN_KID(n, 0));
            } else {
                EMITA(c, load_const_tok, EMIT_TOK_NONE);
            }
            EMITA(c, yield, EMIT_YIELD_VALUE);
            break;
        case AST_YIELD_FROM:
            if (!in_function_or_lambda(c)) {
                comp_error(c, n->span, "'yield' outside function");
                break;
            }
            comp_expr(c, CN_KID(n, 0));
            EMITA(c, get_iter, false);
            EMITA(c, load_const_tok, EMIT_TOK_NONE);
            EMITA(c, yield, EMIT_YIELD_FROM);
            break;
        default:
            comp_error(c, n->span, "internal error: unexpected expression");
            break;
    }
}
