// Post-parse checks: the driver, the buffered errors, shared helpers, and the first walk, which
// guards the nesting depth and makes the checks CPython's parser makes (assignment, deletion
// and loop targets, annotation targets, argument and parameter order, starred items where the
// grammar has no place for them). Reads the tree, changes nothing, prints nothing.
#include "sema.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sema_internal.h"

// ---- errors -------------------------------------------------------------------------------

void *sema_alloc(checker *c, size_t size) {
    void *p = arena_alloc(&c->u->arena, size);
    if (!p) {
        c->no_memory = true;
    }
    return p;
}

// Appends an entry; false when it is not kept (over the cap, or out of memory).
static bool push_error(checker *c, check_phase ph, src_span sp, const bool *cond, const char *msg) {
    // Only the first max_errors of the first phases can be shown: beyond that one more per
    // phase is enough for "too many errors". Conditional ones are kept, since whether they
    // count is known only at the end; they carry literal messages and cost only their entry.
    if (!cond && c->n_firm[ph] > c->u->diag.max_errors) {
        return false;
    }
    if (c->n_errs == c->cap_errs) {
        uint32_t cap = c->cap_errs ? c->cap_errs * 2 : 16;
        check_error *e =
            arena_grow(&c->u->arena, c->errs, c->cap_errs * sizeof *e, cap * sizeof *e);
        if (!e) {
            c->no_memory = true;
            return false;
        }
        c->errs = e;
        c->cap_errs = cap;
    }
    c->errs[c->n_errs++] =
        (check_error){sp, (uint8_t)ph, ph == PHASE_MICROPYTHON ? c->mp_order : 0, cond, msg};
    if (!cond) {
        c->n_firm[ph]++;
    }
    return true;
}

void sema_error_lit(checker *c, check_phase ph, src_span sp, const bool *cond, const char *msg) {
    push_error(c, ph, sp, cond, msg);
}

void sema_error(checker *c, check_phase ph, src_span sp, const bool *cond, const char *fmt, ...) {
    if (!push_error(c, ph, sp, cond, fmt)) {
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *buf = len >= 0 ? sema_alloc(c, (size_t)len + 1) : NULL;
    if (!buf) {
        c->no_memory = true;
        return; // the entry keeps the format text
    }
    va_start(ap, fmt);
    vsnprintf(buf, (size_t)len + 1, fmt, ap);
    va_end(ap);
    c->errs[c->n_errs - 1].msg = buf;
}

bool sema_too_deep(checker *c, const ast *n, unsigned depth) {
    if (depth <= AST_MAX_DEPTH) {
        return false;
    }
    if (!c->too_deep) {
        c->too_deep = true;
        sema_error(c, PHASE_LIMIT, n->span, NULL, "too many nested expressions");
    }
    return true;
}

// ---- helpers ------------------------------------------------------------------------------

const char *sema_name(const checker *c, const ast *name) {
    return intern_str(&c->u->names, name->u.name);
}

static bool is_name(const ast *e, intern_id id) {
    return e && e->kind == AST_NAME && id && e->u.name == id;
}

// Whether the text at sp is exactly word.
static bool text_is(const checker *c, src_span sp, const char *word) {
    size_t n = strlen(word);
    return sp.len == n && sp.off + n <= c->n_text && memcmp(c->text + sp.off, word, n) == 0;
}

bool sema_is_debug(const checker *c, const ast *e) {
    if (!e) {
        return false;
    }
    if (e->kind == AST_NAME) {
        return is_name(e, c->id_debug);
    }
    return e->kind == AST_CONST && text_is(c, e->span, "__debug__");
}

// CPython's name for an expression in messages ("function call", "literal", ...), with
// __debug__ told apart from the constant it was lexed as.
const char *sema_expr_name(const checker *c, const ast *e) {
    return e->kind == AST_CONST && sema_is_debug(c, e) ? "__debug__" : ast_describe(e);
}

static bool is_space(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\f' || ch == '\n' || ch == '\r';
}

// Offset of the first character before off that is not white space or a line continuation,
// or UINT32_MAX at the start of the text.
static uint32_t prev_char(const checker *c, uint32_t off) {
    while (off > 0) {
        char ch = c->text[off - 1];
        if (is_space(ch)) {
            off--;
        } else if (ch == '\\' && off < c->n_text && c->text[off] == '\n') {
            off--;
        } else {
            return off - 1;
        }
    }
    return UINT32_MAX;
}

// Offset of the first character at or after off that is not white space, a comment or a line
// continuation (n_text at the end).
static uint32_t next_char(const checker *c, uint32_t off) {
    while (off < c->n_text) {
        char ch = c->text[off];
        if (is_space(ch)) {
            off++;
        } else if (ch == '\\' && off + 1 < c->n_text && c->text[off + 1] == '\n') {
            off += 2;
        } else if (ch == '#') {
            while (off < c->n_text && c->text[off] != '\n') {
                off++;
            }
        } else {
            return off;
        }
    }
    return c->n_text;
}

bool sema_in_parens(const ast *e) {
    // Tuples and generator expressions carry the flag for their own parentheses.
    return (e->flags & AST_PAREN) && e->kind != AST_TUPLE && e->kind != AST_GENEXP;
}

// The word ending just before off (after white space), as a span; len 0 when none.
static src_span word_before(const checker *c, uint32_t off) {
    uint32_t end = prev_char(c, off);
    if (end == UINT32_MAX) {
        return (src_span){off, 0};
    }
    uint32_t start = end + 1;
    while (start > 0) {
        char ch = c->text[start - 1];
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' ||
            (ch >= '0' && ch <= '9')) {
            start--;
        } else {
            break;
        }
    }
    return (src_span){start, end + 1 - start};
}

src_span sema_def_span(const checker *c, const ast *name) {
    src_span kw = word_before(c, name->span.off);
    if (!text_is(c, kw, "def") && !text_is(c, kw, "class")) {
        return name->span;
    }
    src_span async_kw = word_before(c, kw.off);
    if (text_is(c, kw, "def") && text_is(c, async_kw, "async")) {
        kw = async_kw;
    }
    return kw;
}

// Where CPython places argument-order errors: the token after the arguments, which is the
// closing parenthesis (after a trailing comma, if any).
static src_span close_paren(const checker *c, const ast *last) {
    uint32_t off = next_char(c, last->span.off + last->span.len);
    if (off < c->n_text && c->text[off] == ',') {
        off = next_char(c, off + 1);
    }
    if (off < c->n_text && c->text[off] == ')') {
        return (src_span){off, 1};
    }
    return last->span;
}

// ---- the parser's checks ------------------------------------------------------------------

typedef enum target_mode { TARGET_STORE, TARGET_FOR, TARGET_DEL } target_mode;

// The first part of a target that cannot be assigned (or deleted), as CPython's parser finds
// it, or NULL. Bounded by the same depth as the walks.
static const ast *invalid_target(const checker *c, const ast *e, target_mode mode, unsigned depth) {
    if (!e || depth > AST_MAX_DEPTH) {
        return NULL;
    }
    switch ((ast_kind)e->kind) {
        case AST_LIST:
        case AST_TUPLE:
            for (uint32_t i = 0; i < e->n; i++) {
                const ast *bad = invalid_target(c, AST_KID(e, i), mode, depth + 1);
                if (bad) {
                    return bad;
                }
            }
            return NULL;
        case AST_STAR:
            if (e->flags & AST_PAREN) {
                return NULL; // `(*x)`: reported by itself
            }
            return mode == TARGET_DEL ? e : invalid_target(c, AST_KID(e, 0), mode, depth + 1);
        case AST_COMPARE:
            // `for a in b` can arrive as a comparison: look at its left side.
            if (mode == TARGET_FOR) {
                const ast *op = e->n >= 2 ? AST_KID(e, 1) : NULL;
                return op && op->op == AST_CMP_IN
                           ? invalid_target(c, AST_KID(e, 0), mode, depth + 1)
                           : NULL;
            }
            return e;
        case AST_NAME:
        case AST_SUBSCRIPT:
        case AST_ATTR:
            return NULL;
        case AST_CONST:
            return sema_is_debug(c, e) ? NULL : e; // __debug__: see check_flow.c
        default:
            return e;
    }
}

static void check_target(checker *c, const ast *t, target_mode mode, unsigned depth) {
    const ast *bad = invalid_target(c, t, mode, depth);
    if (bad) {
        sema_error(c, PHASE_PARSE, bad->span, NULL,
                   mode == TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
                   sema_expr_name(c, bad));
    }
}

// Whether CPython's parser could read e as a `bitwise_or` expression that does not start with
// a list or tuple display, a generator expression, True, None or False (so its rule for
// "cannot assign to X here. Maybe you meant '==' instead of '='?" applies).
static bool maybe_eq_left(const checker *c, const ast *e) {
    switch ((ast_kind)e->kind) {
        case AST_COMPARE:
        case AST_BOOLOP:
        case AST_IFEXP:
        case AST_LAMBDA:
        case AST_NAMED_EXPR:
        case AST_YIELD:
        case AST_YIELD_FROM:
            return sema_in_parens(e);
        case AST_UNOP:
            return e->op != AST_UNOP_NOT || sema_in_parens(e);
        case AST_STAR:
        case AST_TUPLE:
        case AST_LIST:
        case AST_GENEXP:
            return false;
        default:
            break;
    }
    // The leftmost atom, unless parentheses intervene (then it is a group, which is fine).
    const ast *x = e;
    for (int guard = 0; guard < AST_MAX_DEPTH && !sema_in_parens(x); guard++) {
        if ((x->kind != AST_BINOP && x->kind != AST_CALL && x->kind != AST_ATTR &&
             x->kind != AST_SUBSCRIPT) ||
            x->n == 0 || !AST_KID(x, 0)) {
            break;
        }
        x = AST_KID(x, 0);
    }
    if (sema_in_parens(x)) {
        return true;
    }
    switch ((ast_kind)x->kind) {
        case AST_LIST:
        case AST_GENEXP:
        case AST_TUPLE:
            return false;
        case AST_CONST:
            return x->op == AST_CONST_ELLIPSIS || sema_is_debug(c, x);
        default:
            return true;
    }
}

// The leftmost `bitwise_or` expression of e, where CPython's parser looks after the '=', or
// NULL when e does not start with one (`not x`, `lambda`, `*x`, `yield`).
static const ast *leftmost_operand(const checker *c, const ast *e) {
    for (int guard = 0; guard < AST_MAX_DEPTH; guard++) {
        if (sema_in_parens(e)) {
            return e;
        }
        switch ((ast_kind)e->kind) {
            case AST_TUPLE:
                if (e->flags & AST_PAREN) {
                    return e;
                }
                e = AST_KID(e, 0);
                break;
            case AST_BOOLOP:
            case AST_COMPARE:
            case AST_IFEXP:
                if (e->n == 0) {
                    return e;
                }
                e = AST_KID(e, 0);
                break;
            case AST_UNOP:
                return e->op == AST_UNOP_NOT ? NULL : e;
            case AST_LAMBDA:
            case AST_STAR:
            case AST_YIELD:
            case AST_YIELD_FROM:
            case AST_NAMED_EXPR:
                return NULL;
            default:
                return e;
        }
        if (!e) {
            return NULL;
        }
    }
    return NULL;
}

// assign: t0 = t1 = ... = value. CPython's parser, once the statement failed, first tries to
// read the first target as `X = Y` in a comparison written with '=' (its messages "invalid
// syntax. Maybe you meant '==' or ':=' instead of '='?" and "cannot assign to X here. Maybe
// you meant '==' instead of '='?"), then reports the first target that cannot be assigned.
static void check_assign(checker *c, const ast *n, unsigned depth) {
    uint32_t n_targets = n->n - 1;
    const ast *value = AST_KID(n, n->n - 1);
    const ast *bad = NULL, *bad_yield = NULL;
    for (uint32_t i = 0; i < n_targets && !bad && !bad_yield; i++) {
        const ast *t = AST_KID(n, i);
        if ((t->kind == AST_YIELD || t->kind == AST_YIELD_FROM) && !sema_in_parens(t)) {
            bad_yield = t;
        } else {
            bad = invalid_target(c, t, TARGET_STORE, depth + 1);
        }
    }
    if (!bad && !bad_yield) {
        return;
    }
    const ast *t0 = AST_KID(n, 0);
    const ast *left = t0;
    if (t0->kind == AST_TUPLE && !(t0->flags & (AST_PAREN | AST_TRAILING_COMMA)) && t0->n > 0) {
        left = AST_KID(t0, t0->n - 1);
    }
    const ast *next = n_targets >= 2 ? AST_KID(n, 1) : value;
    const ast *right = leftmost_operand(c, next);
    bool followed_by_eq = right == next && next != value;
    if (right && !followed_by_eq) {
        if (left->kind == AST_NAME && !sema_in_parens(left)) {
            sema_error(c, PHASE_PARSE, left->span, NULL,
                       "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
        }
        if (maybe_eq_left(c, left)) {
            sema_error(c, PHASE_PARSE, left->span, NULL,
                       "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                       sema_expr_name(c, left));
            return;
        }
    }
    if (bad) {
        sema_error(c, PHASE_PARSE, bad->span, NULL, "cannot assign to %s", sema_expr_name(c, bad));
    } else {
        sema_error(c, PHASE_PARSE, bad_yield->span, NULL,
                   "assignment to yield expression not possible");
    }
}

static bool single_target(const checker *c, const ast *t) {
    return t->kind == AST_NAME || t->kind == AST_ATTR || t->kind == AST_SUBSCRIPT ||
           sema_is_debug(c, t);
}

// augassign: target op= value
static void check_aug_assign(checker *c, const ast *n) {
    const ast *t = AST_KID(n, 0);
    if (!single_target(c, t)) {
        sema_error(c, PHASE_PARSE, t->span, NULL,
                   "'%s' is an illegal expression for augmented assignment", sema_expr_name(c, t));
    }
}

// annassign: target ':' annotation ['=' value]
static void check_ann_assign(checker *c, const ast *n) {
    const ast *t = AST_KID(n, 0);
    if (single_target(c, t)) {
        return;
    }
    if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        sema_error(c, PHASE_PARSE, t->span, NULL, "only single target (not %s) can be annotated",
                   t->kind == AST_TUPLE ? "tuple" : "list");
    } else if (t->kind == AST_STAR) {
        // CPython has no rule for it and stops at the ':'.
        uint32_t colon = next_char(c, t->span.off + t->span.len);
        sema_error(c, PHASE_PARSE, colon < c->n_text ? (src_span){colon, 1} : t->span, NULL,
                   "invalid syntax");
    } else {
        sema_error(c, PHASE_PARSE, t->span, NULL, "illegal target for annotation");
    }
}

// Where CPython reports a lambda's bare '*': at the ':' after it, or at what follows ", ".
static src_span after_bare_star(const checker *c, const ast *star) {
    uint32_t off = next_char(c, star->span.off + star->span.len);
    if (off < c->n_text && c->text[off] == ',') {
        off = next_char(c, off + 1);
    }
    return off < c->n_text ? (src_span){off, 1} : star->span;
}

// Parameters of def and lambda, in source order: positional ones, '*' or '*name', keyword-only
// ones, '**name'.
static void check_params(checker *c, const ast *params, bool is_lambda) {
    bool seen_default = false, seen_star = false;
    for (uint32_t i = 0; i < params->n; i++) {
        const ast *p = AST_KID(params, i);
        if (!p || p->kind != AST_PARAM) {
            continue;
        }
        const ast *dflt = AST_KID(p, 2);
        switch ((ast_param_kind)p->op) {
            case AST_PARAM_POS:
                if (!seen_star) {
                    if (dflt) {
                        seen_default = true;
                    } else if (seen_default) {
                        sema_error(c, PHASE_PARSE, p->span, NULL,
                                   "non-default argument follows default argument");
                        return;
                    }
                }
                break;
            case AST_PARAM_STAR: {
                const ast *next = i + 1 < params->n ? AST_KID(params, i + 1) : NULL;
                if (seen_star) {
                    // CPython's rule wants a name or a ',' after the second '*'.
                    sema_error(c, PHASE_PARSE, p->span, NULL,
                               AST_KID(p, 0) || next ? "* argument may appear only once"
                                                     : "invalid syntax");
                    return;
                }
                if (dflt) {
                    sema_error(c, PHASE_PARSE, dflt->span, NULL,
                               "var-positional argument cannot have default value");
                    return;
                }
                if (!AST_KID(p, 0) && (!next || next->op == AST_PARAM_DSTAR)) {
                    // MicroPython's own tests use `def f(*)` (viper signatures).
                    sema_error(c, PHASE_WARNING, is_lambda ? after_bare_star(c, p) : p->span, NULL,
                               "named arguments must follow bare *");
                }
                seen_star = true;
                break;
            }
            case AST_PARAM_DSTAR:
                if (dflt) {
                    sema_error(c, PHASE_PARSE, dflt->span, NULL,
                               "var-keyword argument cannot have default value");
                    return;
                }
                if (i + 1 < params->n) {
                    sema_error(c, PHASE_PARSE, AST_KID(params, i + 1)->span, NULL,
                               "arguments cannot follow var-keyword argument");
                    return;
                }
                break;
        }
    }
}

// Arguments of a call (from kid `first`) or of a class's bases: positional ones, then keyword
// ones, '*' before any '**'.
static void check_args(checker *c, const ast *n, uint32_t first) {
    bool seen_kw = false, seen_dstar = false;
    for (uint32_t i = first; i < n->n; i++) {
        const ast *a = AST_KID(n, i);
        if (!a) {
            continue;
        }
        switch ((ast_kind)a->kind) {
            case AST_KEYWORD:
                seen_kw = true;
                break;
            case AST_DSTAR:
                seen_dstar = true;
                break;
            case AST_STAR:
                if (seen_dstar) {
                    sema_error(c, PHASE_PARSE, a->span, NULL,
                               "iterable argument unpacking follows keyword argument unpacking");
                    return;
                }
                break;
            default:
                if (seen_kw || seen_dstar) {
                    sema_error(c, PHASE_PARSE, close_paren(c, AST_KID(n, n->n - 1)), NULL,
                               seen_dstar ? "positional argument follows keyword argument unpacking"
                                          : "positional argument follows keyword argument");
                    return;
                }
                break;
        }
    }
}

// keyword: NAME '=' value. The grammar may accept any expression before the '='.
static void check_keyword(checker *c, const ast *kw) {
    const ast *k = AST_KID(kw, 0);
    if (!k || k->kind == AST_NAME || sema_is_debug(c, k)) {
        return;
    }
    if (k->kind == AST_CONST && k->op != AST_CONST_ELLIPSIS) {
        sema_error(c, PHASE_PARSE, k->span, NULL, "cannot assign to %s", sema_expr_name(c, k));
    } else {
        sema_error(c, PHASE_PARSE, k->span, NULL,
                   "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
}

static void syn_walk(checker *c, const ast *n, unsigned depth);

static void syn_kids(checker *c, const ast *n, unsigned depth) {
    for (uint32_t i = 0; i < n->n; i++) {
        syn_walk(c, AST_KID(n, i), depth + 1);
    }
}

// Checks follow the order in which CPython's parser meets the errors: what is inside an
// expression before the expression itself, a statement's header before its body.
static void syn_walk(checker *c, const ast *n, unsigned depth) {
    if (!n || sema_too_deep(c, n, depth)) {
        return;
    }
    switch ((ast_kind)n->kind) {
        case AST_ASSIGN:
            syn_kids(c, n, depth);
            if (n->n >= 2) {
                check_assign(c, n, depth);
            }
            break;
        case AST_AUG_ASSIGN:
            syn_kids(c, n, depth);
            check_aug_assign(c, n);
            break;
        case AST_ANN_ASSIGN:
            syn_kids(c, n, depth);
            check_ann_assign(c, n);
            break;
        case AST_DEL:
            syn_kids(c, n, depth);
            for (uint32_t i = 0; i < n->n; i++) {
                check_target(c, AST_KID(n, i), TARGET_DEL, depth + 1);
            }
            break;
        case AST_FOR: // target, iter, body, orelse
            syn_walk(c, AST_KID(n, 0), depth + 1);
            syn_walk(c, AST_KID(n, 1), depth + 1);
            check_target(c, AST_KID(n, 0), TARGET_FOR, depth + 1);
            syn_walk(c, AST_KID(n, 2), depth + 1);
            syn_walk(c, AST_KID(n, 3), depth + 1);
            break;
        case AST_WITH_ITEM:
            syn_kids(c, n, depth);
            check_target(c, AST_KID(n, 1), TARGET_STORE, depth + 1);
            break;
        case AST_COMP_FOR:
            syn_kids(c, n, depth);
            check_target(c, AST_KID(n, 0), TARGET_FOR, depth + 1);
            break;
        case AST_NAMED_EXPR: {
            syn_kids(c, n, depth);
            const ast *t = AST_KID(n, 0);
            if (t && t->kind != AST_NAME && !sema_is_debug(c, t)) {
                sema_error(c, PHASE_PARSE, t->span, NULL,
                           "cannot use assignment expressions with %s", sema_expr_name(c, t));
            }
            break;
        }
        case AST_FUNCDEF: // name, PARAMS, returns?, body, DECORATORS?
            syn_walk(c, AST_KID(n, 4), depth + 1);
            syn_walk(c, AST_KID(n, 1), depth + 1);
            if (AST_KID(n, 1) && !sema_too_deep(c, AST_KID(n, 1), depth + 1)) {
                check_params(c, AST_KID(n, 1), false);
            }
            syn_walk(c, AST_KID(n, 2), depth + 1);
            syn_walk(c, AST_KID(n, 3), depth + 1);
            break;
        case AST_CLASSDEF: // name, ARGS?, body, DECORATORS?
            syn_walk(c, AST_KID(n, 3), depth + 1);
            syn_walk(c, AST_KID(n, 1), depth + 1);
            syn_walk(c, AST_KID(n, 2), depth + 1);
            break;
        case AST_LAMBDA: // PARAMS, body
            syn_kids(c, n, depth);
            if (AST_KID(n, 0) && !sema_too_deep(c, AST_KID(n, 0), depth + 1)) {
                check_params(c, AST_KID(n, 0), true);
            }
            break;
        case AST_PARAMS:
            syn_kids(c, n, depth);
            break;
        case AST_CALL:
            syn_kids(c, n, depth);
            check_args(c, n, 1);
            break;
        case AST_ARGS:
            syn_kids(c, n, depth);
            check_args(c, n, 0);
            break;
        case AST_KEYWORD:
            syn_kids(c, n, depth);
            check_keyword(c, n);
            break;
        case AST_LISTCOMP:
        case AST_SETCOMP:
        case AST_GENEXP:
            syn_kids(c, n, depth);
            if (n->n > 0 && AST_KID(n, 0) && AST_KID(n, 0)->kind == AST_STAR) {
                sema_error(c, PHASE_PARSE, AST_KID(n, 0)->span, NULL,
                           "iterable unpacking cannot be used in comprehension");
            }
            break;
        case AST_DICTCOMP:
            syn_kids(c, n, depth);
            if (n->n > 0 && AST_KID(n, 0) && AST_KID(n, 0)->kind == AST_DSTAR) {
                sema_error(c, PHASE_PARSE, AST_KID(n, 0)->span, NULL,
                           "dict unpacking cannot be used in dict comprehension");
            }
            break;
        case AST_DICT_ITEM:
            syn_kids(c, n, depth);
            if (AST_KID(n, 1) && AST_KID(n, 1)->kind == AST_STAR) {
                sema_error(c, PHASE_PARSE, AST_KID(n, 1)->span, NULL,
                           "cannot use a starred expression in a dictionary value");
            }
            break;
        case AST_STAR:
            syn_kids(c, n, depth);
            if (n->flags & AST_PAREN) { // `(*x)`: a group cannot hold a starred item
                sema_error(c, PHASE_PARSE, n->span, NULL, "cannot use starred expression here");
            }
            break;
        default:
            syn_kids(c, n, depth);
            break;
    }
}

void sema_walk_syntax(checker *c, const ast *root) {
    syn_walk(c, root, 0);
}

// ---- from __future__ ----------------------------------------------------------------------

static const char *const future_features[] = {
    "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations",
};

uint32_t sema_line(checker *c, src_span sp) {
    return src_line(&c->u->src, &c->u->arena, sp.off);
}

bool sema_is_future(const checker *c, const ast *n) {
    if (n->kind != AST_IMPORT_FROM || n->n == 0) {
        return false;
    }
    const ast *m = AST_KID(n, 0);
    return m && m->kind == AST_DOTTED_NAME && m->n == 1 && AST_KID(m, 0) &&
           text_is(c, AST_KID(m, 0)->span, "__future__");
}

// from __future__ import NAME, ...: known features only.
static void check_future_features(checker *c, const ast *n) {
    for (uint32_t i = 1; i < n->n; i++) {
        const ast *a = AST_KID(n, i);
        const char *feature = "*";
        if (a && a->kind == AST_ALIAS && AST_KID(a, 0) && AST_KID(a, 0)->kind == AST_NAME) {
            feature = sema_name(c, AST_KID(a, 0));
        } else if (!a || a->kind != AST_STAR_IMPORT) {
            continue;
        }
        if (strcmp(feature, "braces") == 0) {
            sema_error(c, PHASE_FUTURE, n->span, NULL, "not a chance");
            return;
        }
        size_t k = 0;
        while (k < sizeof future_features / sizeof future_features[0] &&
               strcmp(feature, future_features[k]) != 0) {
            k++;
        }
        if (k == sizeof future_features / sizeof future_features[0]) {
            sema_error(c, PHASE_FUTURE, n->span, NULL, "future feature %s is not defined", feature);
            return;
        }
        if (strcmp(feature, "annotations") == 0) {
            c->future_annotations = true;
        }
    }
}

// Future imports may only open the module (after its docstring). Later ones are found by the
// flow walk, except those that share a line with the last statement of the opening, which
// CPython's future pass reports itself.
static void check_future(checker *c, const ast *root) {
    if (root->kind != AST_MODULE) {
        return;
    }
    uint32_t i = 0, prev_line = 0;
    bool done = false;
    const ast *first = root->n ? AST_KID(root, 0) : NULL;
    if (first && first->kind == AST_EXPR_STMT && AST_KID(first, 0) &&
        AST_KID(first, 0)->kind == AST_STR) {
        i = 1; // a docstring
    }
    for (; i < root->n; i++) {
        const ast *s = AST_KID(root, i);
        if (!s) {
            continue;
        }
        uint32_t line = sema_line(c, s->span);
        if (done && line > prev_line) {
            return;
        }
        prev_line = line;
        if (!sema_is_future(c, s)) {
            done = true;
        } else if (done) {
            sema_error(c, PHASE_FUTURE, s->span, NULL,
                       "from __future__ imports must occur at the beginning of the file");
            return;
        } else {
            check_future_features(c, s);
            c->future_line = line;
        }
    }
}

// ---- driver -------------------------------------------------------------------------------

static intern_id find_name(const comp_unit *u, const char *s) {
    return intern_find(&u->names, s, strlen(s));
}

// Within one scope MicroPython meets its errors in about the order of the text.
static bool mp_before(const check_error *a, const check_error *b) {
    return a->mp_order != b->mp_order ? a->mp_order < b->mp_order : a->span.off < b->span.off;
}

// MicroPython's errors moved to the end of the list in MicroPython's order (a stable merge
// sort); the other phases keep theirs.
static void sort_mp_errors(checker *c) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < c->n_errs; i++) {
        n += c->errs[i].phase == PHASE_MICROPYTHON;
    }
    check_error *mp = n > 1 ? sema_alloc(c, 2 * (size_t)n * sizeof *mp) : NULL;
    if (!mp) {
        return;
    }
    check_error *tmp = mp + n;
    uint32_t k = 0, others = 0;
    for (uint32_t i = 0; i < c->n_errs; i++) {
        if (c->errs[i].phase == PHASE_MICROPYTHON) {
            mp[k++] = c->errs[i];
        } else {
            c->errs[others++] = c->errs[i];
        }
    }
    for (uint32_t width = 1; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n;
            uint32_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            uint32_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi) {
                tmp[o++] = mp_before(&mp[j], &mp[i]) ? mp[j++] : mp[i++];
            }
            while (i < mid) {
                tmp[o++] = mp[i++];
            }
            while (j < hi) {
                tmp[o++] = mp[j++];
            }
        }
        memcpy(mp, tmp, n * sizeof *mp);
    }
    memcpy(c->errs + others, mp, n * sizeof *mp);
}

void sema_check(comp_unit *u, struct ast *root) {
    if (!root) {
        return;
    }
    checker c = {.u = u, .text = u->src.text, .n_text = u->src.n_text};
    c.id_debug = find_name(u, "__debug__");
    c.id_class = find_name(u, "__class__");
    c.id_super = find_name(u, "super");
    c.id_format = find_name(u, "format");
    c.id_micropython = find_name(u, "micropython");

    sema_walk_syntax(&c, root);
    check_future(&c, root);
    sema_walk_scopes(&c, root);
    sema_walk_flow(&c, root);

    for (int ph = 0; ph < N_PHASES; ph++) {
        if (ph == PHASE_MICROPYTHON) {
            sort_mp_errors(&c);
        }
        for (uint32_t i = 0; i < c.n_errs; i++) {
            const check_error *e = &c.errs[i];
            if (e->phase != ph || (e->cond && !*e->cond)) {
                continue;
            }
            if (ph == PHASE_WARNING) {
                diag_warn(&u->diag, e->span, "%s", e->msg);
            } else {
                diag_error(&u->diag, e->span, "%s", e->msg);
            }
        }
    }
    if (c.no_memory) {
        diag_error(&u->diag, root->span, "out of memory");
    }
}
