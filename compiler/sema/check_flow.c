// The checks CPython's code generator makes, and what only MicroPython's compiler rejects.
// One walk in CPython's compile order keeps, per code unit (module, class, function, lambda,
// comprehension), what is needed to place return, yield, await, break and continue; it also
// checks starred items and assignment targets, __debug__, repeated keyword arguments, the
// order of except clauses and the static nesting of blocks. Facts known only at the end of a
// unit (is this function a generator? does this comprehension await?) decide, through
// conditional errors, whether errors met earlier count.
#include <stdlib.h>
#include <string.h>

#include "sema_internal.h"

// CPython's limit of statically nested blocks (loops, try, with) in one code unit.
enum { MAX_BLOCKS = 20 };
// MicroPython passes the positions of `*args` in a call as bits of a small int: with the
// default 31-bit small ints of mpy-cross a '*' argument must be among the first 30 arguments.
enum { MP_MAX_STAR_POS = 30 };

typedef enum unit_kind { UNIT_MODULE, UNIT_CLASS, UNIT_FUNCTION, UNIT_LAMBDA, UNIT_COMP } unit_kind;

// One code unit. Kept in the arena: conditional errors point at its flags.
typedef struct code_unit {
    uint8_t kind;      // unit_kind
    uint8_t comp;      // UNIT_COMP: the comprehension's ast_kind
    bool is_async;     // async def
    bool has_params;   // a function with at least one named parameter (for super())
    bool is_generator; // contains yield
    bool is_coroutine; // a comprehension that awaits or has `async for`
    bool must_be_sync; // a comprehension outside async functions and comprehensions
    // Set when the unit is done, read by conditional errors:
    bool async_gen; // an async def that yields: `return value` is an error
    bool comp_bad;  // a comprehension that must be sync and is not
    bool comp_fine; // a comprehension CPython accepts
    uint32_t depth; // nesting of units (the module is 0)
    uint32_t off;   // where the unit's node starts
} code_unit;

typedef struct flow {
    checker *c;
    code_unit *unit;    // the unit being walked
    bool in_loop;       // break/continue allowed
    uint8_t n_blocks;   // blocks open in this unit (CPython's fblocks)
    bool in_annotation; // MicroPython never compiles annotations
    bool silent;        // walking what CPython does not compile either: only facts count
} flow;

static void fl_expr(flow *f, const ast *e, unsigned depth);
static void fl_stmt(flow *f, const ast *n, unsigned depth);
static void fl_starred_ok(flow *f, const ast *s, unsigned depth);

static void fl_exprs(flow *f, const ast *n, unsigned depth) {
    for (uint32_t i = 0; i < n->n; i++) {
        fl_expr(f, AST_KID(n, i), depth + 1);
    }
}

// msg: a string literal.
static void cond_err(flow *f, src_span sp, const bool *cond, const char *msg) {
    if (!f->silent) {
        sema_error_lit(f->c, PHASE_COMPILE, sp, cond, msg);
    }
}

static void err(flow *f, src_span sp, const char *msg) {
    cond_err(f, sp, NULL, msg);
}

// CPython's errors that stock mpy-cross compiles and real code relies on (see PHASE_WARNING).
static void warn(flow *f, src_span sp, const bool *cond, const char *msg) {
    if (!f->silent) {
        sema_error_lit(f->c, PHASE_WARNING, sp, cond, msg);
    }
}

static void mp_err(flow *f, src_span sp, const bool *cond, const char *msg) {
    if (!f->in_annotation && !f->silent) {
        f->c->mp_order = sema_mp_order(f->unit->depth, f->unit->off);
        sema_error_lit(f->c, PHASE_MICROPYTHON, sp, cond, msg);
    }
}

// Opens `count` nested blocks at n; reports the construct that goes past the limit (once:
// the constructs inside it are past it already). Returns the previous count.
static uint8_t push_blocks(flow *f, unsigned count, src_span where) {
    uint8_t before = f->n_blocks;
    if (before <= MAX_BLOCKS && before + count > MAX_BLOCKS) {
        warn(f, where, NULL, "too many statically nested blocks");
    }
    unsigned after = before + count;
    f->n_blocks = (uint8_t)(after > 255 ? 255 : after);
    return before;
}

// Starts a code unit; the caller saves and restores *f around it.
static code_unit *new_unit(flow *f, unit_kind kind, const ast *node) {
    code_unit *u = sema_alloc(f->c, sizeof *u);
    if (!u) {
        return NULL;
    }
    memset(u, 0, sizeof *u);
    u->kind = (uint8_t)kind;
    u->depth = f->unit ? f->unit->depth + 1 : 0;
    u->off = f->unit ? node->span.off : 0;
    f->unit = u;
    f->in_loop = false;
    f->n_blocks = 0;
    return u;
}

static bool is_function(const code_unit *u) {
    return u->kind == UNIT_FUNCTION || u->kind == UNIT_LAMBDA || u->kind == UNIT_COMP;
}

// value '[' index ']': CPython takes `*x` in an index (a tuple), MicroPython does not.
static void fl_subscript(flow *f, const ast *e, unsigned depth) {
    fl_expr(f, AST_KID(e, 0), depth + 1);
    const ast *index = AST_KID(e, 1);
    if (index && index->kind == AST_STAR) {
        mp_err(f, index->span, NULL, "invalid syntax");
        fl_starred_ok(f, index, depth + 1);
    } else if (index && index->kind == AST_TUPLE && !(index->flags & AST_PAREN) &&
               !sema_too_deep(f->c, index, depth + 1)) {
        for (uint32_t i = 0; i < index->n; i++) {
            const ast *k = AST_KID(index, i);
            if (k && k->kind == AST_STAR) {
                mp_err(f, k->span, NULL, "invalid syntax");
                fl_starred_ok(f, k, depth + 2);
            } else {
                fl_expr(f, k, depth + 2);
            }
        }
    } else {
        fl_expr(f, index, depth + 1);
    }
}

// ---- targets ------------------------------------------------------------------------------

typedef enum store_mode { STORE, STORE_AUG, DELETE } store_mode;

static void debug_target(flow *f, const ast *t, store_mode mode) {
    err(f, t->span, mode == DELETE ? "cannot delete __debug__" : "cannot assign to __debug__");
}

// A target of assignment, augmented assignment, deletion, for, with, := or a comprehension.
static void fl_store(flow *f, const ast *t, store_mode mode, unsigned depth) {
    if (!t || sema_too_deep(f->c, t, depth)) {
        return;
    }
    if (sema_is_debug(f->c, t)) {
        debug_target(f, t, mode);
        return;
    }
    switch ((ast_kind)t->kind) {
        case AST_NAME:
            break;
        case AST_ATTR:
            fl_expr(f, AST_KID(t, 0), depth + 1);
            if (mode == STORE && sema_is_debug(f->c, AST_KID(t, 1))) {
                debug_target(f, t, mode);
            }
            break;
        case AST_SUBSCRIPT:
            fl_subscript(f, t, depth);
            break;
        case AST_TUPLE:
        case AST_LIST:
            if (mode == STORE) {
                // CPython's unpack_helper: one starred item, after fewer than 256 others.
                bool seen_star = false;
                for (uint32_t i = 0; i < t->n; i++) {
                    const ast *k = AST_KID(t, i);
                    if (!k || k->kind != AST_STAR || (k->flags & AST_PAREN)) {
                        continue;
                    }
                    if (seen_star) {
                        err(f, t->span, "multiple starred expressions in assignment");
                        break;
                    }
                    if (i >= 256) {
                        err(f, t->span, "too many expressions in star-unpacking assignment");
                        break;
                    }
                    seen_star = true;
                }
                if (t->n == 0 && t->kind == AST_TUPLE) {
                    mp_err(f, t->span, NULL, "can't assign to expression");
                }
            } else if (mode == DELETE && (t->kind == AST_LIST || t->n == 0)) {
                mp_err(f, t->span, NULL, "can't delete expression");
            }
            for (uint32_t i = 0; i < t->n; i++) {
                const ast *k = AST_KID(t, i);
                if (k && k->kind == AST_STAR) {
                    fl_store(f, AST_KID(k, 0), mode, depth + 2);
                } else {
                    fl_store(f, k, mode, depth + 1);
                }
            }
            break;
        case AST_STAR:
            if (mode == STORE && !(t->flags & AST_PAREN)) {
                err(f, t->span, "starred assignment target must be in a list or tuple");
            }
            fl_store(f, AST_KID(t, 0), mode, depth + 1);
            break;
        default:
            fl_expr(f, t, depth);
            break; // not a target: reported by the first walk
    }
}

// ---- expressions --------------------------------------------------------------------------

// A starred item where one is allowed: its value is an ordinary expression.
static void fl_starred_ok(flow *f, const ast *s, unsigned depth) {
    if (!sema_too_deep(f->c, s, depth)) {
        fl_expr(f, AST_KID(s, 0), depth + 1);
    }
}

// Items of a tuple, list or set display read as a value. MicroPython unpacks `*x` only in
// calls and assignment targets; in a tuple after return or yield, or before the ':' of a
// for, its grammar has no place for it at all.
static void fl_display(flow *f, const ast *e, bool bare_value, unsigned depth) {
    for (uint32_t i = 0; i < e->n; i++) {
        const ast *k = AST_KID(e, i);
        if (k && k->kind == AST_STAR) {
            bool syntax = e->kind == AST_SET || (bare_value && !(e->flags & AST_PAREN));
            mp_err(f, k->span, NULL, syntax ? "invalid syntax" : "*x must be assignment target");
            fl_starred_ok(f, k, depth + 1);
        } else {
            fl_expr(f, k, depth + 1);
        }
    }
}

// The value of return, yield and for: a bare tuple there is `testlist` in MicroPython.
static void fl_value(flow *f, const ast *e, unsigned depth) {
    if (e && e->kind == AST_TUPLE && !sema_too_deep(f->c, e, depth)) {
        fl_display(f, e, true, depth);
    } else {
        fl_expr(f, e, depth);
    }
}

typedef struct kw_ref {
    intern_id name;
    uint32_t index;
} kw_ref;

static int kw_order(const void *a, const void *b) {
    const kw_ref *x = a, *y = b;
    if (x->name != y->name) {
        return x->name < y->name ? -1 : 1;
    }
    return x->index < y->index ? -1 : x->index > y->index;
}

static intern_id keyword_name(const ast *a) {
    const ast *k = a && a->kind == AST_KEYWORD ? AST_KID(a, 0) : NULL;
    return k && k->kind == AST_NAME ? k->u.name : 0;
}

// Keyword arguments: no __debug__, none twice. CPython's validate_keywords takes them in
// order and reports the first name that is repeated later, at its next occurrence.
static void fl_keywords(flow *f, const ast *n, uint32_t first, src_span where) {
    uint32_t n_kw = 0;
    for (uint32_t i = first; i < n->n; i++) {
        n_kw += keyword_name(AST_KID(n, i)) != 0;
    }
    uint32_t dup_first = UINT32_MAX, dup_next = UINT32_MAX;
    if (n_kw >= 2 && n_kw <= 16) {
        for (uint32_t i = first; i < n->n && dup_first == UINT32_MAX; i++) {
            intern_id a = keyword_name(AST_KID(n, i));
            for (uint32_t j = i + 1; a && j < n->n; j++) {
                if (keyword_name(AST_KID(n, j)) == a) {
                    dup_first = i;
                    dup_next = j;
                    break;
                }
            }
        }
    } else if (n_kw > 16) {
        // Many keywords: sort (name, position) and take the name whose first use comes first.
        kw_ref *refs = sema_alloc(f->c, n_kw * sizeof *refs);
        if (!refs) {
            return;
        }
        uint32_t k = 0;
        for (uint32_t i = first; i < n->n; i++) {
            intern_id a = keyword_name(AST_KID(n, i));
            if (a) {
                refs[k++] = (kw_ref){a, i};
            }
        }
        qsort(refs, k, sizeof *refs, kw_order);
        for (uint32_t i = 0; i + 1 < k; i++) {
            if (refs[i].name == refs[i + 1].name && (i == 0 || refs[i - 1].name != refs[i].name) &&
                refs[i].index < dup_first) {
                dup_first = refs[i].index;
                dup_next = refs[i + 1].index;
            }
        }
    }
    for (uint32_t i = first; i < n->n; i++) {
        const ast *a = AST_KID(n, i);
        const ast *k = a && a->kind == AST_KEYWORD ? AST_KID(a, 0) : NULL;
        if (k && sema_is_debug(f->c, k)) {
            err(f, where, "cannot assign to __debug__");
            return;
        }
        if (i == dup_first) {
            if (f->silent) {
                return;
            }
            sema_error(f->c, PHASE_COMPILE, AST_KID(n, dup_next)->span, NULL,
                       "keyword argument repeated: %s", sema_name(f->c, k));
            return;
        }
    }
}

// Arguments of a call (kids from `first`) or of a class's bases.
static void fl_args(flow *f, const ast *n, uint32_t first, src_span where, unsigned depth) {
    fl_keywords(f, n, first, where);
    bool seen_kw = false, seen_dstar = false, mp_done = false;
    for (uint32_t i = first; i < n->n; i++) {
        const ast *a = AST_KID(n, i);
        if (!a) {
            continue;
        }
        switch ((ast_kind)a->kind) {
            case AST_KEYWORD:
                seen_kw = true;
                if (!sema_too_deep(f->c, a, depth + 1)) {
                    fl_expr(f, AST_KID(a, 1), depth + 2);
                }
                break;
            case AST_DSTAR:
                seen_dstar = true;
                fl_starred_ok(f, a, depth + 1);
                break;
            case AST_STAR:
                if (!mp_done && !seen_dstar && seen_kw) {
                    mp_err(f, a->span, NULL, "* arg after kwarg");
                    mp_done = true;
                } else if (!mp_done && i - first >= MP_MAX_STAR_POS) {
                    mp_err(f, a->span, NULL, "too many args");
                    mp_done = true;
                }
                fl_starred_ok(f, a, depth + 1);
                break;
            default:
                fl_expr(f, a, depth + 1);
                break;
        }
    }
}

// call: func '(' args ')'
static void fl_call(flow *f, const ast *e, unsigned depth) {
    const ast *func = AST_KID(e, 0);
    fl_expr(f, func, depth + 1);
    // MicroPython compiles `super()` in a function as super(__class__, <first parameter>).
    if (e->n == 1 && func && func->kind == AST_NAME && f->c->id_super &&
        func->u.name == f->c->id_super && f->unit->kind == UNIT_FUNCTION && !f->unit->has_params) {
        mp_err(f, e->span, NULL, "super() can't find self");
    }
    fl_args(f, e, 1, e->span, depth);
}

// lambda / def parameters named __debug__; defaults, annotations (in the enclosing unit).
static bool debug_param(flow *f, const ast *params) {
    for (uint32_t i = 0; params && i < params->n; i++) {
        const ast *p = AST_KID(params, i);
        if (p && p->kind == AST_PARAM && sema_is_debug(f->c, AST_KID(p, 0))) {
            return true;
        }
    }
    return false;
}

static void fl_param_parts(flow *f, const ast *params, int part, unsigned depth) {
    for (uint32_t i = 0; params && i < params->n; i++) {
        const ast *p = AST_KID(params, i);
        if (p && p->kind == AST_PARAM) {
            fl_expr(f, AST_KID(p, part), depth + 2);
        }
    }
}

static bool named_params(const ast *params) {
    for (uint32_t i = 0; params && i < params->n; i++) {
        const ast *p = AST_KID(params, i);
        if (p && p->kind == AST_PARAM && AST_KID(p, 0)) {
            return true;
        }
    }
    return false;
}

// listcomp / setcomp / genexp / dictcomp: elt, COMP_FOR, then COMP_FOR / COMP_IF ...
// CPython compiles the body in the comprehension's unit, then the first iterable outside.
static void fl_comp(flow *f, const ast *e, unsigned depth) {
    const ast *first = e->n >= 2 ? AST_KID(e, 1) : NULL;
    if (!first || first->kind != AST_COMP_FOR) {
        fl_exprs(f, e, depth);
        return;
    }
    flow saved = *f;
    code_unit *outer = f->unit;
    code_unit *u = new_unit(f, UNIT_COMP, e);
    if (!u) {
        *f = saved;
        return;
    }
    u->comp = e->kind;
    u->must_be_sync = e->kind != AST_GENEXP && !(outer->kind == UNIT_FUNCTION && outer->is_async) &&
                      outer->kind != UNIT_COMP;
    if (u->must_be_sync) {
        cond_err(f, e->span, &u->comp_bad,
                 "asynchronous comprehension outside of an asynchronous function");
    }
    for (uint32_t i = 1; i < e->n; i++) {
        const ast *cl = AST_KID(e, i);
        if (!cl || sema_too_deep(f->c, cl, depth + 1)) {
            continue;
        }
        if (cl->kind == AST_COMP_FOR) {
            if (cl->flags & AST_ASYNC) {
                u->is_coroutine = true;
                mp_err(f, cl->span, &u->comp_fine, "invalid syntax");
            }
            if (cl != first) {
                fl_expr(f, AST_KID(cl, 1), depth + 2);
            }
            fl_store(f, AST_KID(cl, 0), STORE, depth + 2);
        } else {
            fl_exprs(f, cl, depth + 1);
        }
    }
    const ast *elt = AST_KID(e, 0);
    if (elt && (elt->kind == AST_STAR || elt->kind == AST_DSTAR)) {
        fl_starred_ok(f, elt, depth + 1); // reported by the first walk
    } else if (elt && elt->kind == AST_DICT_ITEM && !sema_too_deep(f->c, elt, depth + 1)) {
        fl_exprs(f, elt, depth + 1);
    } else {
        fl_expr(f, elt, depth + 1);
    }
    *f = saved;
    u->comp_bad = u->is_coroutine && u->must_be_sync;
    u->comp_fine = !u->comp_bad;
    // An async comprehension inside a comprehension makes that one async too.
    if (u->is_coroutine && e->kind != AST_GENEXP && outer->kind == UNIT_COMP) {
        outer->is_coroutine = true;
    }
    fl_expr(f, AST_KID(first, 1), depth + 2);
}

static void fl_expr(flow *f, const ast *e, unsigned depth) {
    if (!e || sema_too_deep(f->c, e, depth)) {
        return;
    }
    code_unit *u = f->unit;
    switch ((ast_kind)e->kind) {
        case AST_STAR:
            if (!(e->flags & AST_PAREN)) { // `(*x)`: see check.c
                err(f, e->span, "can't use starred expression here");
            }
            fl_expr(f, AST_KID(e, 0), depth + 1);
            break;
        case AST_TUPLE:
        case AST_LIST:
        case AST_SET:
            fl_display(f, e, false, depth);
            break;
        case AST_DICT:
            for (uint32_t i = 0; i < e->n; i++) {
                const ast *k = AST_KID(e, i);
                if (k && k->kind == AST_DSTAR) {
                    mp_err(f, k->span, NULL, "invalid syntax");
                    fl_starred_ok(f, k, depth + 1);
                } else {
                    fl_expr(f, k, depth + 1);
                }
            }
            break;
        case AST_DICT_ITEM: {
            fl_expr(f, AST_KID(e, 0), depth + 1);
            const ast *v = AST_KID(e, 1);
            if (v && v->kind == AST_STAR) {
                fl_starred_ok(f, v, depth + 1); // reported by the first walk
            } else {
                fl_expr(f, v, depth + 1);
            }
            break;
        }
        case AST_SUBSCRIPT:
            fl_subscript(f, e, depth);
            break;
        case AST_CALL:
            fl_call(f, e, depth);
            break;
        case AST_ATTR:
            fl_expr(f, AST_KID(e, 0), depth + 1);
            break;
        case AST_KEYWORD:
            fl_expr(f, AST_KID(e, 1), depth + 1);
            break;
        case AST_NAMED_EXPR:
            fl_expr(f, AST_KID(e, 1), depth + 1);
            fl_store(f, AST_KID(e, 0), STORE, depth + 1);
            break;
        case AST_LAMBDA: { // PARAMS, body
            const ast *params = AST_KID(e, 0);
            if (debug_param(f, params)) {
                err(f, e->span, "cannot assign to __debug__");
            }
            fl_param_parts(f, params, 2, depth + 1);
            flow saved = *f;
            code_unit *lu = new_unit(f, UNIT_LAMBDA, e);
            if (lu) {
                fl_expr(f, AST_KID(e, 1), depth + 1);
            }
            *f = saved;
            break;
        }
        case AST_LISTCOMP:
        case AST_SETCOMP:
        case AST_GENEXP:
        case AST_DICTCOMP:
            fl_comp(f, e, depth);
            break;
        case AST_YIELD:
        case AST_YIELD_FROM:
            if (u->kind == UNIT_MODULE || u->kind == UNIT_CLASS) {
                err(f, e->span, "'yield' outside function");
            } else if (u->kind != UNIT_COMP) { // in a comprehension: see check_scope.c
                u->is_generator = true;
                if (e->kind == AST_YIELD_FROM && u->is_async) {
                    warn(f, e->span, NULL, "'yield from' inside async function");
                }
            }
            if (e->kind == AST_YIELD) {
                fl_value(f, AST_KID(e, 0), depth + 1);
            } else {
                fl_expr(f, AST_KID(e, 0), depth + 1);
            }
            break;
        case AST_AWAIT:
            if (u->kind == UNIT_MODULE || u->kind == UNIT_CLASS) {
                err(f, e->span, "'await' outside function");
            } else if (u->kind == UNIT_COMP) {
                u->is_coroutine = true;
                mp_err(f, e->span, &u->comp_fine, "'await' outside function");
            } else if (!u->is_async) {
                warn(f, e->span, NULL, "'await' outside async function");
            }
            fl_expr(f, AST_KID(e, 0), depth + 1);
            break;
        default:
            fl_exprs(f, e, depth);
            break;
    }
}

// ---- statements ---------------------------------------------------------------------------

static const char *const mp_decorators[] = {"bytecode",  "native",     "viper",
                                            "asm_thumb", "asm_xtensa", "asm_rv32"};

// MicroPython treats `@micropython.X` (X a code emitter) itself and rejects other X.
static void mp_decorator(flow *f, const ast *d) {
    const ast *x = d->kind == AST_CALL && d->n >= 1 ? AST_KID(d, 0) : d;
    const ast *attr = NULL;
    unsigned len = 1;
    while (x && x->kind == AST_ATTR && len < 3) {
        attr = len == 1 ? AST_KID(x, 1) : NULL;
        x = AST_KID(x, 0);
        len++;
    }
    if (!x || x->kind != AST_NAME || !f->c->id_micropython || x->u.name != f->c->id_micropython) {
        return;
    }
    if (len == 2 && attr && attr->kind == AST_NAME) {
        const char *s = sema_name(f->c, attr);
        for (size_t i = 0; i < sizeof mp_decorators / sizeof mp_decorators[0]; i++) {
            if (strcmp(s, mp_decorators[i]) == 0) {
                return;
            }
        }
    }
    mp_err(f, d->span, NULL, "invalid micropython decorator");
}

static void fl_decorators(flow *f, const ast *decos, unsigned depth) {
    if (!decos || sema_too_deep(f->c, decos, depth)) {
        return;
    }
    for (uint32_t i = 0; i < decos->n; i++) {
        const ast *d = AST_KID(decos, i);
        if (d) {
            mp_decorator(f, d);
            fl_expr(f, d, depth + 1);
        }
    }
}

static void fl_block(flow *f, const ast *n, unsigned depth) {
    if (!n || sema_too_deep(f->c, n, depth)) {
        return;
    }
    for (uint32_t i = 0; i < n->n; i++) {
        fl_stmt(f, AST_KID(n, i), depth + 1);
    }
}

// A loop body: break and continue allowed, one more block.
static void fl_loop_body(flow *f, const ast *body, const ast *stmt, unsigned depth) {
    bool in_loop = f->in_loop;
    uint8_t blocks = push_blocks(f, 1, stmt->span);
    f->in_loop = true;
    fl_block(f, body, depth);
    f->in_loop = in_loop;
    f->n_blocks = blocks;
}

static void check_async_stmt(flow *f, const ast *n, const char *msg) {
    if ((n->flags & AST_ASYNC) && !(f->unit->kind == UNIT_FUNCTION && f->unit->is_async)) {
        err(f, n->span, msg);
    }
}

// try: body HANDLERS? orelse? finalbody?. CPython keeps a block open for the body (two with
// both handlers and finally), two in each handler, one in the finally body.
static void fl_try(flow *f, const ast *n, unsigned depth) {
    const ast *handlers = AST_KID(n, 1), *orelse = AST_KID(n, 2), *final = AST_KID(n, 3);
    uint8_t blocks = f->n_blocks;
    if (final) {
        push_blocks(f, 1, n->span);
    }
    uint8_t outer = f->n_blocks;
    if (handlers) {
        push_blocks(f, 1, n->span);
    }
    fl_block(f, AST_KID(n, 0), depth + 1);
    f->n_blocks = outer;
    if (handlers && !sema_too_deep(f->c, handlers, depth + 1)) {
        for (uint32_t i = 0; i < handlers->n; i++) {
            const ast *h = AST_KID(handlers, i);
            if (!h || h->kind != AST_EXCEPT || sema_too_deep(f->c, h, depth + 2)) {
                continue;
            }
            if (!AST_KID(h, 0) && i + 1 < handlers->n) {
                err(f, h->span, "default 'except:' must be last");
            }
            push_blocks(f, 2, h->span);
            fl_expr(f, AST_KID(h, 0), depth + 3);
            if (sema_is_debug(f->c, AST_KID(h, 1))) {
                err(f, h->span, "cannot assign to __debug__");
            }
            fl_block(f, AST_KID(h, 2), depth + 3);
            f->n_blocks = outer;
        }
    }
    fl_block(f, orelse, depth + 1);
    f->n_blocks = blocks;
    if (final) {
        push_blocks(f, 1, n->span);
        fl_block(f, final, depth + 1);
        f->n_blocks = blocks;
    }
}

// with: WITH_ITEM..., body. Each item is one more block.
static void fl_with(flow *f, const ast *n, unsigned depth) {
    check_async_stmt(f, n, "'async with' outside async function");
    uint8_t blocks = f->n_blocks;
    for (uint32_t i = 0; i + 1 < n->n; i++) {
        const ast *item = AST_KID(n, i);
        if (!item || item->kind != AST_WITH_ITEM || sema_too_deep(f->c, item, depth + 1)) {
            continue;
        }
        fl_expr(f, AST_KID(item, 0), depth + 2);
        push_blocks(f, 1, n->span);
        fl_store(f, AST_KID(item, 1), STORE, depth + 2);
    }
    fl_block(f, AST_KID(n, n->n - 1), depth + 1);
    f->n_blocks = blocks;
}

// Where CPython reports a problem of a whole def or class: its keyword.
static src_span def_span(flow *f, const ast *n) {
    const ast *name = AST_KID(n, 0);
    return name ? sema_def_span(f->c, name) : n->span;
}

// def: name PARAMS returns? body DECORATORS?
static void fl_funcdef(flow *f, const ast *n, unsigned depth) {
    const ast *name = AST_KID(n, 0), *params = AST_KID(n, 1);
    if (debug_param(f, params)) {
        err(f, def_span(f, n), "cannot assign to __debug__");
    }
    fl_decorators(f, AST_KID(n, 4), depth + 1);
    bool in_annotation = f->in_annotation;
    if (params && !sema_too_deep(f->c, params, depth + 1)) {
        fl_param_parts(f, params, 2, depth + 1);
        f->in_annotation = true;
        if (!f->c->future_annotations) {
            fl_param_parts(f, params, 1, depth + 1);
        }
    }
    f->in_annotation = true;
    if (!f->c->future_annotations) {
        fl_expr(f, AST_KID(n, 2), depth + 1);
    }
    f->in_annotation = in_annotation;
    flow saved = *f;
    code_unit *u = new_unit(f, UNIT_FUNCTION, n);
    if (u) {
        u->is_async = (n->flags & AST_ASYNC) != 0;
        u->has_params = named_params(params);
        fl_block(f, AST_KID(n, 3), depth + 1);
        u->async_gen = u->is_async && u->is_generator;
    }
    *f = saved;
    if (sema_is_debug(f->c, name)) {
        err(f, def_span(f, n), "cannot assign to __debug__");
    }
}

// class: name ARGS? body DECORATORS?. The bases are compiled after the body.
static void fl_classdef(flow *f, const ast *n, unsigned depth) {
    const ast *name = AST_KID(n, 0), *args = AST_KID(n, 1);
    fl_decorators(f, AST_KID(n, 3), depth + 1);
    flow saved = *f;
    if (new_unit(f, UNIT_CLASS, n)) {
        fl_block(f, AST_KID(n, 2), depth + 1);
    }
    *f = saved;
    if (args && !sema_too_deep(f->c, args, depth + 1)) {
        fl_args(f, args, 0, def_span(f, n), depth + 1);
    }
    if (sema_is_debug(f->c, name)) {
        err(f, def_span(f, n), "cannot assign to __debug__");
    }
}

static void fl_import(flow *f, const ast *n) {
    for (uint32_t i = 0; i < n->n; i++) {
        const ast *a = AST_KID(n, i);
        if (!a || a->kind != AST_ALIAS) {
            continue;
        }
        const ast *b = AST_KID(a, 1);
        if (!b) {
            b = AST_KID(a, 0);
            if (b && b->kind == AST_DOTTED_NAME) {
                b = b->n ? AST_KID(b, 0) : NULL;
            }
        }
        if (sema_is_debug(f->c, b)) {
            err(f, n->span, "cannot assign to __debug__");
            return;
        }
    }
}

static void fl_stmt(flow *f, const ast *n, unsigned depth) {
    if (!n || sema_too_deep(f->c, n, depth)) {
        return;
    }
    code_unit *u = f->unit;
    switch ((ast_kind)n->kind) {
        case AST_MODULE:
        case AST_BLOCK:
            fl_block(f, n, depth);
            break;
        case AST_EXPR_STMT:
            fl_expr(f, AST_KID(n, 0), depth + 1);
            break;
        case AST_ASSIGN:
            fl_expr(f, AST_KID(n, n->n - 1), depth + 1);
            for (uint32_t i = 0; i + 1 < n->n; i++) {
                fl_store(f, AST_KID(n, i), STORE, depth + 1);
            }
            break;
        case AST_AUG_ASSIGN:
            fl_store(f, AST_KID(n, 0), STORE_AUG, depth + 1);
            fl_expr(f, AST_KID(n, 1), depth + 1);
            break;
        case AST_ANN_ASSIGN: {
            fl_expr(f, AST_KID(n, 2), depth + 1);
            fl_store(f, AST_KID(n, 0), STORE, depth + 1);
            // CPython compiles the annotation only in a module or class body (and never with
            // `from __future__ import annotations`); in a function a yield in it still makes
            // a generator.
            flow saved = *f;
            f->in_annotation = true;
            f->silent = f->silent || (u->kind != UNIT_MODULE && u->kind != UNIT_CLASS);
            if (!f->c->future_annotations) {
                fl_expr(f, AST_KID(n, 1), depth + 1);
            }
            *f = saved;
            break;
        }
        case AST_DEL:
            for (uint32_t i = 0; i < n->n; i++) {
                fl_store(f, AST_KID(n, i), DELETE, depth + 1);
            }
            break;
        case AST_BREAK:
            if (!f->in_loop) {
                err(f, n->span, "'break' outside loop");
            }
            break;
        case AST_CONTINUE:
            if (!f->in_loop) {
                err(f, n->span, "'continue' not properly in loop");
            }
            break;
        case AST_RETURN:
            if (!is_function(u)) {
                err(f, n->span, "'return' outside function");
            } else if (AST_KID(n, 0) && u->is_async) {
                warn(f, n->span, &u->async_gen, "'return' with value in async generator");
            }
            fl_value(f, AST_KID(n, 0), depth + 1);
            break;
        case AST_IMPORT_FROM:
            if (sema_is_future(f->c, n) && sema_line(f->c, n->span) > f->c->future_line) {
                err(f, n->span, "from __future__ imports must occur at the beginning of the file");
            }
            fl_import(f, n);
            break;
        case AST_IMPORT:
            fl_import(f, n);
            break;
        case AST_IF: // test, body, ELIF (test, body)..., orelse?
            fl_expr(f, AST_KID(n, 0), depth + 1);
            fl_block(f, AST_KID(n, 1), depth + 1);
            for (uint32_t i = 2; i + 1 < n->n; i++) {
                const ast *e = AST_KID(n, i);
                fl_expr(f, AST_KID(e, 0), depth + 2);
                fl_block(f, AST_KID(e, 1), depth + 2);
            }
            fl_block(f, AST_KID(n, n->n - 1), depth + 1);
            break;
        case AST_WHILE:
            fl_expr(f, AST_KID(n, 0), depth + 1);
            fl_loop_body(f, AST_KID(n, 1), n, depth + 1);
            fl_block(f, AST_KID(n, 2), depth + 1);
            break;
        case AST_FOR: // target, iter, body, orelse
            check_async_stmt(f, n, "'async for' outside async function");
            fl_value(f, AST_KID(n, 1), depth + 1);
            fl_store(f, AST_KID(n, 0), STORE, depth + 1);
            fl_loop_body(f, AST_KID(n, 2), n, depth + 1);
            fl_block(f, AST_KID(n, 3), depth + 1);
            break;
        case AST_TRY:
            fl_try(f, n, depth);
            break;
        case AST_WITH:
            fl_with(f, n, depth);
            break;
        case AST_FUNCDEF:
            fl_funcdef(f, n, depth);
            break;
        case AST_CLASSDEF:
            fl_classdef(f, n, depth);
            break;
        case AST_PASS:
        case AST_GLOBAL:
        case AST_NONLOCAL:
            break;
        default:
            fl_exprs(f, n, depth);
            break; // raise, assert
    }
}

void sema_walk_flow(checker *c, const ast *root) {
    flow f = {.c = c};
    if (new_unit(&f, UNIT_MODULE, root)) {
        fl_block(&f, root, 0);
    }
}
