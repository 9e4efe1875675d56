// The checks CPython's symbol table makes: a table of names per scope (module, class,
// function or lambda, comprehension) with how each name is used, built in one walk, then a
// resolution of `nonlocal` names through the enclosing functions. Reports misplaced global and
// nonlocal declarations, duplicate parameters, `import *` outside the module, `yield` inside
// comprehensions and assignment expressions that comprehensions cannot hold.
#include <stdlib.h>
#include <string.h>

#include "sema_internal.h"

// How a name is used in a scope (CPython's symtable flags).
enum {
    DEF_GLOBAL = 1 << 0,    // declared global
    DEF_LOCAL = 1 << 1,     // assigned, deleted, defined (def, class, except ... as, ...)
    DEF_PARAM = 1 << 2,     // a parameter
    DEF_NONLOCAL = 1 << 3,  // declared nonlocal (or bound by := from a comprehension)
    DEF_USE = 1 << 4,       // read
    DEF_IMPORT = 1 << 5,    // bound by import
    DEF_ANNOT = 1 << 6,     // annotated (`x: T`)
    DEF_COMP_ITER = 1 << 7, // a comprehension's iteration variable
    DEF_DIRECTIVE = 1 << 8, // has an entry in symtab.directives
    DEF_MP_BOUND = 1 << 9,  // bound for MicroPython only (`(x): T` without a value)
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

// SC_ANNOT: an annotation under `from __future__ import annotations` (CPython's
// AnnotationBlock), where yield, await and := are not allowed.
typedef enum sc_kind { SC_MODULE, SC_CLASS, SC_FUNCTION, SC_COMP, SC_ANNOT } sc_kind;

typedef struct sc_scope {
    uint32_t parent;         // index of the enclosing scope (the module is 0, its own parent)
    uint8_t kind;            // sc_kind
    uint8_t comp;            // SC_COMP: the comprehension's ast_kind
    bool comp_iter_target;   // visiting a comprehension's iteration target
    uint32_t comp_iter_expr; // > 0 while visiting a comprehension's iterable
    uint32_t depth, off;     // nesting and start of the scope's node (MicroPython's order)
} sc_scope;

// One name of one scope. Entries are made in order of first use, so within a scope their
// indexes follow CPython's order of symbols.
typedef struct sc_sym {
    uint32_t scope;
    intern_id name;
    uint16_t flags;
} sc_sym;

// The first global or nonlocal statement (or := in a comprehension) naming a symbol: where
// CPython reports what its analysis finds wrong with the name.
typedef struct sc_directive {
    uint32_t sym; // index into syms
    src_span span;
} sc_directive;

typedef struct symtab {
    checker *c;
    sc_scope *scopes;
    uint32_t n_scopes, cap_scopes;
    sc_sym *syms;
    uint32_t n_syms, cap_syms;
    uint32_t *slots;  // open addressing on (scope, name): sym index + 1, 0 empty
    uint32_t n_slots; // power of two, at least twice n_syms
    sc_directive *directives;
    uint32_t n_directives, cap_directives;
    uint32_t cur; // the scope being walked
} symtab;

// ---- the table ----------------------------------------------------------------------------

static uint32_t slot_of(const symtab *st, uint32_t scope, intern_id name) {
    uint32_t h = (scope * 0x9e3779b1u) ^ (name * 0x85ebca77u);
    h ^= h >> 15;
    return h & (st->n_slots - 1);
}

static uint32_t sym_find(const symtab *st, uint32_t scope, intern_id name) {
    if (!st->n_slots) {
        return 0;
    }
    for (uint32_t i = slot_of(st, scope, name);; i = (i + 1) & (st->n_slots - 1)) {
        uint32_t k = st->slots[i];
        if (!k || (st->syms[k - 1].scope == scope && st->syms[k - 1].name == name)) {
            return k;
        }
    }
}

static uint16_t sym_flags(const symtab *st, uint32_t scope, intern_id name) {
    uint32_t k = sym_find(st, scope, name);
    return k ? st->syms[k - 1].flags : 0;
}

static bool rehash(symtab *st) {
    uint32_t n = st->n_slots ? st->n_slots * 2 : 64;
    uint32_t *slots = sema_alloc(st->c, n * sizeof *slots);
    if (!slots) {
        return false;
    }
    memset(slots, 0, n * sizeof *slots);
    st->slots = slots;
    st->n_slots = n;
    for (uint32_t k = 1; k <= st->n_syms; k++) {
        const sc_sym *s = &st->syms[k - 1];
        uint32_t i = slot_of(st, s->scope, s->name);
        while (slots[i]) {
            i = (i + 1) & (n - 1);
        }
        slots[i] = k;
    }
    return true;
}

// The entry of name in scope, made when new; NULL when memory ran out.
static sc_sym *sym_get(symtab *st, uint32_t scope, intern_id name) {
    uint32_t k = sym_find(st, scope, name);
    if (k) {
        return &st->syms[k - 1];
    }
    if ((st->n_syms + 1) * 2 > st->n_slots && !rehash(st)) {
        return NULL;
    }
    if (st->n_syms == st->cap_syms) {
        uint32_t cap = st->cap_syms ? st->cap_syms * 2 : 64;
        sc_sym *s =
            arena_grow(&st->c->u->arena, st->syms, st->cap_syms * sizeof *s, cap * sizeof *s);
        if (!s) {
            st->c->no_memory = true;
            return NULL;
        }
        st->syms = s;
        st->cap_syms = cap;
    }
    k = ++st->n_syms;
    st->syms[k - 1] = (sc_sym){.scope = scope, .name = name};
    uint32_t i = slot_of(st, scope, name);
    while (st->slots[i]) {
        i = (i + 1) & (st->n_slots - 1);
    }
    st->slots[i] = k;
    return &st->syms[k - 1];
}

static const char *comp_text(uint8_t kind) {
    switch (kind) {
        case AST_LISTCOMP:
            return "list comprehension";
        case AST_SETCOMP:
            return "set comprehension";
        case AST_DICTCOMP:
            return "dict comprehension";
        default:
            return "generator expression";
    }
}

static const char *name_str(const symtab *st, intern_id name) {
    return intern_str(&st->c->u->names, name);
}

// Records one more use of name in scope (CPython's symtable_add_def_helper).
static void add_def(symtab *st, uint32_t scope, intern_id name, uint16_t flag, src_span sp) {
    sc_sym *s = sym_get(st, scope, name);
    if (!s) {
        return;
    }
    if ((flag & DEF_PARAM) && (s->flags & DEF_PARAM)) {
        sema_error(st->c, PHASE_SYMTABLE, sp, NULL,
                   "duplicate argument '%s' in function definition", name_str(st, name));
        return;
    }
    if (st->scopes[scope].comp_iter_target) {
        if (s->flags & (DEF_GLOBAL | DEF_NONLOCAL)) {
            sema_error(st->c, PHASE_SYMTABLE, sp, NULL,
                       "comprehension inner loop cannot rebind assignment expression target '%s'",
                       name_str(st, name));
            return;
        }
        s->flags |= DEF_COMP_ITER;
    }
    s->flags |= flag;
    // A global declaration anywhere also marks the module's name (CPython's st_global).
    if ((flag & DEF_GLOBAL) && scope != 0) {
        sc_sym *m = sym_get(st, 0, name);
        if (m) {
            m->flags |= DEF_GLOBAL;
        }
    }
}

static void add_directive(symtab *st, uint32_t scope, intern_id name, src_span sp) {
    sc_sym *s = sym_get(st, scope, name);
    if (!s || (s->flags & DEF_DIRECTIVE)) {
        return;
    }
    if (st->n_directives == st->cap_directives) {
        uint32_t cap = st->cap_directives ? st->cap_directives * 2 : 16;
        sc_directive *d = arena_grow(&st->c->u->arena, st->directives,
                                     st->cap_directives * sizeof *d, cap * sizeof *d);
        if (!d) {
            st->c->no_memory = true;
            return;
        }
        st->directives = d;
        st->cap_directives = cap;
    }
    s->flags |= DEF_DIRECTIVE;
    st->directives[st->n_directives++] = (sc_directive){(uint32_t)(s - st->syms), sp};
}

// Opens a scope inside the current one and makes it current; false when memory ran out.
static bool enter(symtab *st, sc_kind kind, uint8_t comp, const ast *node) {
    if (st->n_scopes == st->cap_scopes) {
        uint32_t cap = st->cap_scopes ? st->cap_scopes * 2 : 16;
        sc_scope *s =
            arena_grow(&st->c->u->arena, st->scopes, st->cap_scopes * sizeof *s, cap * sizeof *s);
        if (!s) {
            st->c->no_memory = true;
            return false;
        }
        st->scopes = s;
        st->cap_scopes = cap;
    }
    uint32_t i = st->n_scopes++;
    st->scopes[i] =
        (sc_scope){.parent = st->n_scopes > 1 ? st->cur : 0, .kind = (uint8_t)kind, .comp = comp};
    // No := anywhere inside a comprehension's iterable, even in a lambda or comprehension
    // there (CPython's symtable_enter_block).
    if (i > 0) {
        st->scopes[i].comp_iter_expr = st->scopes[st->cur].comp_iter_expr;
        st->scopes[i].depth = st->scopes[st->cur].depth + 1;
        st->scopes[i].off = node->span.off;
    }
    st->cur = i;
    return true;
}

static void leave(symtab *st) {
    st->cur = st->scopes[st->cur].parent;
}

// ---- the walk -----------------------------------------------------------------------------

static void sc_stmt(symtab *st, const ast *n, unsigned depth);
static void sc_expr(symtab *st, const ast *e, unsigned depth);

static void sc_exprs(symtab *st, const ast *n, unsigned depth) {
    for (uint32_t i = 0; i < n->n; i++) {
        sc_expr(st, AST_KID(n, i), depth + 1);
    }
}

// A target of assignment, deletion, for, with or a comprehension.
static void sc_target(symtab *st, const ast *t, unsigned depth) {
    if (!t || sema_too_deep(st->c, t, depth)) {
        return;
    }
    switch ((ast_kind)t->kind) {
        case AST_NAME:
            add_def(st, st->cur, t->u.name, DEF_LOCAL, t->span);
            break;
        case AST_TUPLE:
        case AST_LIST:
            for (uint32_t i = 0; i < t->n; i++) {
                sc_target(st, AST_KID(t, i), depth + 1);
            }
            break;
        case AST_STAR:
            sc_target(st, AST_KID(t, 0), depth + 1);
            break;
        case AST_ATTR:
            sc_expr(st, AST_KID(t, 0), depth + 1);
            break;
        default:
            sc_expr(st, t, depth);
            break;
    }
}

// Parameters become names of the new scope in CPython's order: positional and keyword-only
// ones, then *args, then **kwargs.
static void sc_params(symtab *st, const ast *params) {
    static const uint8_t order[] = {AST_PARAM_POS, AST_PARAM_STAR, AST_PARAM_DSTAR};
    for (size_t o = 0; o < sizeof order; o++) {
        for (uint32_t i = 0; params && i < params->n; i++) {
            const ast *p = AST_KID(params, i);
            const ast *name = p && p->kind == AST_PARAM ? AST_KID(p, 0) : NULL;
            if (name && p->op == order[o] && name->kind == AST_NAME) {
                add_def(st, st->cur, name->u.name, DEF_PARAM, name->span);
            }
        }
    }
}

// An annotation: read in the current scope, or in a block of its own with
// `from __future__ import annotations`.
static void sc_annotation(symtab *st, const ast *e, unsigned depth) {
    if (!e) {
        return;
    }
    if (!st->c->future_annotations) {
        sc_expr(st, e, depth);
    } else if (enter(st, SC_ANNOT, 0, e)) {
        sc_expr(st, e, depth);
        leave(st);
    }
}

// Defaults, then annotations, are read in the enclosing scope.
static void sc_param_parts(symtab *st, const ast *params, unsigned depth) {
    for (int part = 2; part >= 1; part--) {
        for (uint32_t i = 0; params && i < params->n; i++) {
            const ast *p = AST_KID(params, i);
            if (p && p->kind == AST_PARAM) {
                if (part == 2) {
                    sc_expr(st, AST_KID(p, part), depth + 2);
                } else {
                    sc_annotation(st, AST_KID(p, part), depth + 2);
                }
            }
        }
    }
}

// := binds its target in the nearest enclosing function (or the module) when written in a
// comprehension (CPython's symtable_extend_namedexpr_scope).
static void sc_extend_named(symtab *st, const ast *t) {
    intern_id name = t->u.name;
    for (uint32_t s = st->cur;; s = st->scopes[s].parent) {
        const sc_scope *sc = &st->scopes[s];
        if (sc->kind == SC_ANNOT) {
            continue;
        }
        if (sc->kind == SC_COMP) {
            if (sym_flags(st, s, name) & DEF_COMP_ITER) {
                // MicroPython checks only the comprehension the := is written in: rebinding
                // the variable of an outer one compiles (cpydiff/syntax_assign_expr.py).
                bool outer = s != st->cur;
                sema_error(st->c, outer ? PHASE_WARNING : PHASE_SYMTABLE, t->span, NULL,
                           "assignment expression cannot rebind comprehension iteration "
                           "variable '%s'",
                           name_str(st, name));
                if (!outer) {
                    return;
                }
            }
            continue;
        }
        if (sc->kind == SC_CLASS) {
            sema_error(st->c, PHASE_SYMTABLE, t->span, NULL,
                       "assignment expression within a comprehension cannot be used in a "
                       "class body");
            return;
        }
        bool global = sc->kind == SC_MODULE || (sym_flags(st, s, name) & DEF_GLOBAL);
        add_def(st, st->cur, name, global ? DEF_GLOBAL : DEF_NONLOCAL, t->span);
        add_directive(st, st->cur, name, t->span);
        add_def(st, s, name, sc->kind == SC_MODULE ? DEF_GLOBAL : DEF_LOCAL, t->span);
        return;
    }
}

// MicroPython declares the target of := global in a comprehension written at module level,
// after compiling the value, which fails when the comprehension used the name before (in its
// order: a dict comprehension's value before its key, as here; the value of the := itself)
// unless the module declared it global.
static void mp_walrus_global(symtab *st, const ast *t, uint16_t before) {
    const sc_scope *cur = &st->scopes[st->cur];
    bool used = before || (sym_flags(st, st->cur, t->u.name) & DEF_USE);
    if (st->scopes[cur->parent].kind == SC_MODULE && used &&
        !(sym_flags(st, 0, t->u.name) & DEF_DIRECTIVE)) {
        st->c->mp_order = sema_mp_order(cur->depth, cur->off);
        sema_error_lit(st->c, PHASE_MICROPYTHON, t->span, NULL, "identifier redefined as global");
    }
}

// listcomp / setcomp / genexp / dictcomp: elt, COMP_FOR, then COMP_FOR / COMP_IF ...
// The first iterable is read in the enclosing scope, the rest in the comprehension's own.
static void sc_comp(symtab *st, const ast *e, unsigned depth) {
    if (e->n < 2 || !AST_KID(e, 1) || AST_KID(e, 1)->kind != AST_COMP_FOR) {
        sc_exprs(st, e, depth);
        return;
    }
    const ast *first = AST_KID(e, 1);
    st->scopes[st->cur].comp_iter_expr++;
    sc_expr(st, AST_KID(first, 1), depth + 2);
    st->scopes[st->cur].comp_iter_expr--;
    if (!enter(st, SC_COMP, e->kind, e)) {
        return;
    }
    for (uint32_t i = 1; i < e->n; i++) {
        const ast *cl = AST_KID(e, i);
        if (!cl) {
            continue;
        }
        if (cl->kind == AST_COMP_FOR) {
            st->scopes[st->cur].comp_iter_target = true;
            sc_target(st, AST_KID(cl, 0), depth + 2);
            st->scopes[st->cur].comp_iter_target = false;
            if (cl != first) {
                st->scopes[st->cur].comp_iter_expr++;
                sc_expr(st, AST_KID(cl, 1), depth + 2);
                st->scopes[st->cur].comp_iter_expr--;
            }
        } else {
            sc_exprs(st, cl, depth + 1);
        }
    }
    const ast *elt = AST_KID(e, 0);
    if (elt && elt->kind == AST_DICT_ITEM) {
        sc_expr(st, AST_KID(elt, 1), depth + 2); // value first, as CPython
        sc_expr(st, AST_KID(elt, 0), depth + 2);
    } else {
        sc_expr(st, elt, depth + 1);
    }
    leave(st);
}

static void sc_expr(symtab *st, const ast *e, unsigned depth) {
    if (!e || sema_too_deep(st->c, e, depth)) {
        return;
    }
    // Not a pointer: entering scopes below may move the array.
    const sc_kind kind = (sc_kind)st->scopes[st->cur].kind;
    if (kind == SC_ANNOT && (e->kind == AST_YIELD || e->kind == AST_YIELD_FROM ||
                             e->kind == AST_AWAIT || e->kind == AST_NAMED_EXPR)) {
        sema_error(st->c, PHASE_SYMTABLE, e->span, NULL,
                   "'%s' can not be used within an annotation",
                   e->kind == AST_AWAIT        ? "await expression"
                   : e->kind == AST_NAMED_EXPR ? "named expression"
                                               : "yield expression");
        return;
    }
    switch ((ast_kind)e->kind) {
        case AST_NAME:
            add_def(st, st->cur, e->u.name, DEF_USE, e->span);
            // super() needs __class__ from the enclosing class
            if (e->u.name == st->c->id_super && st->c->id_class &&
                (kind == SC_FUNCTION || kind == SC_COMP)) {
                add_def(st, st->cur, st->c->id_class, DEF_USE, e->span);
            }
            break;
        case AST_NAMED_EXPR: {
            const ast *t = AST_KID(e, 0);
            if (st->scopes[st->cur].comp_iter_expr > 0) {
                sema_error(st->c, PHASE_SYMTABLE, e->span, NULL,
                           "assignment expression cannot be used in a comprehension iterable "
                           "expression");
                sc_expr(st, AST_KID(e, 1), depth + 1);
                break;
            }
            bool comp_name = kind == SC_COMP && t && t->kind == AST_NAME;
            uint16_t before = comp_name ? sym_flags(st, st->cur, t->u.name) : 0;
            if (comp_name) {
                sc_extend_named(st, t);
            }
            sc_expr(st, AST_KID(e, 1), depth + 1);
            if (comp_name) {
                mp_walrus_global(st, t, before);
            }
            sc_target(st, t, depth + 1);
            break;
        }
        case AST_LAMBDA: { // PARAMS, body
            sc_param_parts(st, AST_KID(e, 0), depth + 1);
            if (enter(st, SC_FUNCTION, 0, e)) {
                sc_params(st, AST_KID(e, 0));
                sc_expr(st, AST_KID(e, 1), depth + 1);
                leave(st);
            }
            break;
        }
        case AST_LISTCOMP:
        case AST_SETCOMP:
        case AST_GENEXP:
        case AST_DICTCOMP:
            sc_comp(st, e, depth);
            break;
        case AST_YIELD:
        case AST_YIELD_FROM:
            sc_expr(st, AST_KID(e, 0), depth + 1);
            if (kind == SC_COMP) {
                sema_error(st->c, PHASE_SYMTABLE, e->span, NULL, "'yield' inside %s",
                           comp_text(st->scopes[st->cur].comp));
            }
            break;
        case AST_KEYWORD:
            sc_expr(st, AST_KID(e, 1), depth + 1);
            break;
        case AST_ATTR:
            sc_expr(st, AST_KID(e, 0), depth + 1);
            break;
        default:
            sc_exprs(st, e, depth);
            break;
    }
}

static void sc_block(symtab *st, const ast *n, unsigned depth) {
    if (!n || sema_too_deep(st->c, n, depth)) {
        return;
    }
    for (uint32_t i = 0; i < n->n; i++) {
        sc_stmt(st, AST_KID(n, i), depth + 1);
    }
}

static const char *const global_msgs[2][4] = {
    {"name '%s' is parameter and global", "name '%s' is used prior to global declaration",
     "annotated name '%s' can't be global", "name '%s' is assigned to before global declaration"},
    {"name '%s' is parameter and nonlocal", "name '%s' is used prior to nonlocal declaration",
     "annotated name '%s' can't be nonlocal",
     "name '%s' is assigned to before nonlocal declaration"},
};

static bool class_name(const symtab *st, const ast *name) {
    static const char *const names[] = {"__class__", "__module__", "__qualname__", "__name__"};
    const char *s = sema_name(st->c, name);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(s, names[i]) == 0) {
            return true;
        }
    }
    return false;
}

// global / nonlocal NAME, ...: the name must not be used before in the scope.
static void sc_declare(symtab *st, const ast *n) {
    bool nonlocal = n->kind == AST_NONLOCAL;
    for (uint32_t i = 0; i < n->n; i++) {
        const ast *name = AST_KID(n, i);
        if (!name || name->kind != AST_NAME) {
            continue;
        }
        uint16_t f = sym_flags(st, st->cur, name->u.name);
        int why = f & DEF_PARAM ? 0 : f & DEF_USE ? 1 : f & DEF_ANNOT ? 2 : f & DEF_LOCAL ? 3 : -1;
        if (why >= 0) {
            sema_error(st->c, PHASE_SYMTABLE, n->span, NULL, global_msgs[nonlocal][why],
                       sema_name(st->c, name));
            continue;
        }
        // MicroPython rejects names bound before, even by import or by a bare annotation of
        // a parenthesized name; a class body binds
        // __class__, __module__, __qualname__ and reads __name__ before its first line.
        if ((f & (DEF_IMPORT | DEF_MP_BOUND)) ||
            (st->scopes[st->cur].kind == SC_CLASS && class_name(st, name))) {
            const sc_scope *sc = &st->scopes[st->cur];
            st->c->mp_order = sema_mp_order(sc->depth, sc->off);
            sema_error_lit(st->c, PHASE_MICROPYTHON, n->span, NULL,
                           nonlocal ? "identifier redefined as nonlocal"
                                    : "identifier redefined as global");
        }
        add_def(st, st->cur, name->u.name, nonlocal ? DEF_NONLOCAL : DEF_GLOBAL, name->span);
        add_directive(st, st->cur, name->u.name, n->span);
    }
}

// The name an import binds: `import a.b` binds a, `import a.b as c` binds c.
static const ast *import_binding(const ast *alias) {
    const ast *as = AST_KID(alias, 1);
    if (as) {
        return as;
    }
    const ast *what = AST_KID(alias, 0);
    if (what && what->kind == AST_DOTTED_NAME) {
        return what->n ? AST_KID(what, 0) : NULL;
    }
    return what;
}

static void sc_import(symtab *st, const ast *n) {
    for (uint32_t i = 0; i < n->n; i++) {
        const ast *a = AST_KID(n, i);
        if (!a) {
            continue;
        }
        if (a->kind == AST_STAR_IMPORT) {
            if (st->scopes[st->cur].kind != SC_MODULE) {
                sema_error(st->c, PHASE_SYMTABLE, n->span, NULL,
                           "import * only allowed at module level");
            }
        } else if (a->kind == AST_ALIAS) {
            const ast *b = import_binding(a);
            if (b && b->kind == AST_NAME) {
                add_def(st, st->cur, b->u.name, DEF_IMPORT, b->span);
            }
        }
    }
}

// annassign: target ':' annotation ['=' value]
static void sc_ann_assign(symtab *st, const ast *n, unsigned depth) {
    const ast *t = AST_KID(n, 0);
    if (t && t->kind == AST_NAME) {
        bool simple = !(t->flags & AST_PAREN); // `(x): T` is not a simple target
        uint16_t f = sym_flags(st, st->cur, t->u.name);
        if ((f & (DEF_GLOBAL | DEF_NONLOCAL)) && simple && st->scopes[st->cur].kind != SC_MODULE) {
            sema_error(st->c, PHASE_SYMTABLE, n->span, NULL,
                       f & DEF_GLOBAL ? "annotated name '%s' can't be global"
                                      : "annotated name '%s' can't be nonlocal",
                       sema_name(st->c, t));
        } else if (simple) {
            add_def(st, st->cur, t->u.name, DEF_ANNOT | DEF_LOCAL, t->span);
        } else if (AST_KID(n, 2)) {
            add_def(st, st->cur, t->u.name, DEF_LOCAL, t->span);
        } else if (st->scopes[st->cur].kind == SC_FUNCTION) {
            add_def(st, st->cur, t->u.name, DEF_MP_BOUND, t->span);
        }
    } else {
        sc_target(st, t, depth + 1);
    }
    sc_annotation(st, AST_KID(n, 1), depth + 1);
    sc_expr(st, AST_KID(n, 2), depth + 1);
}

static void sc_stmt(symtab *st, const ast *n, unsigned depth) {
    if (!n || sema_too_deep(st->c, n, depth)) {
        return;
    }
    switch ((ast_kind)n->kind) {
        case AST_BLOCK:
        case AST_MODULE:
            sc_block(st, n, depth);
            break;
        case AST_ASSIGN:
            for (uint32_t i = 0; i + 1 < n->n; i++) {
                sc_target(st, AST_KID(n, i), depth + 1);
            }
            sc_expr(st, AST_KID(n, n->n - 1), depth + 1);
            break;
        case AST_ANN_ASSIGN:
            sc_ann_assign(st, n, depth);
            break;
        case AST_AUG_ASSIGN:
            sc_target(st, AST_KID(n, 0), depth + 1);
            sc_expr(st, AST_KID(n, 1), depth + 1);
            break;
        case AST_DEL:
            for (uint32_t i = 0; i < n->n; i++) {
                sc_target(st, AST_KID(n, i), depth + 1);
            }
            break;
        case AST_GLOBAL:
        case AST_NONLOCAL:
            sc_declare(st, n);
            break;
        case AST_IMPORT:
        case AST_IMPORT_FROM:
            sc_import(st, n);
            break;
        case AST_IF: // test, body, ELIF (test, body)..., orelse?
            sc_expr(st, AST_KID(n, 0), depth + 1);
            sc_stmt(st, AST_KID(n, 1), depth + 1);
            for (uint32_t i = 2; i + 1 < n->n; i++) {
                sc_expr(st, AST_KID(AST_KID(n, i), 0), depth + 2);
                sc_stmt(st, AST_KID(AST_KID(n, i), 1), depth + 2);
            }
            sc_stmt(st, AST_KID(n, n->n - 1), depth + 1);
            break;
        case AST_WHILE:
            sc_expr(st, AST_KID(n, 0), depth + 1);
            sc_stmt(st, AST_KID(n, 1), depth + 1);
            sc_stmt(st, AST_KID(n, 2), depth + 1);
            break;
        case AST_FOR:
            sc_target(st, AST_KID(n, 0), depth + 1);
            sc_expr(st, AST_KID(n, 1), depth + 1);
            sc_stmt(st, AST_KID(n, 2), depth + 1);
            sc_stmt(st, AST_KID(n, 3), depth + 1);
            break;
        case AST_TRY:
        case AST_HANDLERS:
            for (uint32_t i = 0; i < n->n; i++) {
                sc_stmt(st, AST_KID(n, i), depth + 1);
            }
            break;
        case AST_EXCEPT: { // type?, name?, body
            sc_expr(st, AST_KID(n, 0), depth + 1);
            const ast *name = AST_KID(n, 1);
            if (name && name->kind == AST_NAME) {
                add_def(st, st->cur, name->u.name, DEF_LOCAL, name->span);
            }
            sc_stmt(st, AST_KID(n, 2), depth + 1);
            break;
        }
        case AST_WITH: // WITH_ITEM..., body
            for (uint32_t i = 0; i + 1 < n->n; i++) {
                const ast *item = AST_KID(n, i);
                if (item && item->kind == AST_WITH_ITEM) {
                    sc_expr(st, AST_KID(item, 0), depth + 2);
                    sc_target(st, AST_KID(item, 1), depth + 2);
                }
            }
            sc_stmt(st, AST_KID(n, n->n - 1), depth + 1);
            break;
        case AST_FUNCDEF: { // name, PARAMS, returns?, body, DECORATORS?
            const ast *name = AST_KID(n, 0);
            if (name && name->kind == AST_NAME) {
                add_def(st, st->cur, name->u.name, DEF_LOCAL, name->span);
            }
            sc_param_parts(st, AST_KID(n, 1), depth + 1);
            sc_annotation(st, AST_KID(n, 2), depth + 1);
            sc_expr(st, AST_KID(n, 4), depth + 1);
            if (enter(st, SC_FUNCTION, 0, n)) {
                sc_params(st, AST_KID(n, 1));
                sc_stmt(st, AST_KID(n, 3), depth + 1);
                leave(st);
            }
            break;
        }
        case AST_CLASSDEF: { // name, ARGS?, body, DECORATORS?
            const ast *name = AST_KID(n, 0);
            if (name && name->kind == AST_NAME) {
                add_def(st, st->cur, name->u.name, DEF_LOCAL, name->span);
            }
            sc_expr(st, AST_KID(n, 1), depth + 1);
            sc_expr(st, AST_KID(n, 3), depth + 1);
            if (enter(st, SC_CLASS, 0, n)) {
                sc_stmt(st, AST_KID(n, 2), depth + 1);
                leave(st);
            }
            break;
        }
        case AST_PASS:
        case AST_BREAK:
        case AST_CONTINUE:
            break;
        default:
            sc_exprs(st, n, depth);
            break; // expr, return, raise, assert
    }
}

// ---- resolution ---------------------------------------------------------------------------

// Whether name is bound for the scopes nested in s: a name of an enclosing function that is
// not declared global there (CPython's `bound` sets; classes pass theirs through and add
// __class__).
static bool bound_in(const symtab *st, uint32_t s, intern_id name) {
    for (uint32_t guard = 0; guard <= st->n_scopes; guard++) {
        const sc_scope *sc = &st->scopes[s];
        if (sc->kind == SC_MODULE) {
            return false;
        }
        if (sc->kind == SC_CLASS) {
            if (name == st->c->id_class) {
                return true;
            }
        } else if (sc->kind == SC_ANNOT) {
            if (sym_flags(st, s, name) & DEF_GLOBAL) {
                return false;
            }
        } else {
            uint16_t f = sym_flags(st, s, name);
            if (f & DEF_GLOBAL) {
                return false;
            }
            if ((f & DEF_BOUND) && !(f & DEF_NONLOCAL)) {
                return true;
            }
        }
        s = sc->parent;
    }
    return false;
}

// qsort has no context argument: the directives carry their sort key while they are sorted.
typedef struct keyed_directive {
    uint32_t scope, sym;
    src_span span;
} keyed_directive;

static int directive_order(const void *a, const void *b) {
    const keyed_directive *x = a, *y = b;
    if (x->scope != y->scope) {
        return x->scope < y->scope ? -1 : 1;
    }
    return x->sym < y->sym ? -1 : x->sym > y->sym;
}

// CPython's analysis goes through the scopes in the order they were opened and through each
// scope's names in order of first use (the order of sym indexes). Only names with a directive
// can be wrong.
static void sc_resolve(symtab *st) {
    if (!st->n_directives) {
        return;
    }
    keyed_directive *ds = sema_alloc(st->c, st->n_directives * sizeof *ds);
    if (!ds) {
        return;
    }
    for (uint32_t i = 0; i < st->n_directives; i++) {
        const sc_directive *d = &st->directives[i];
        ds[i] = (keyed_directive){st->syms[d->sym].scope, d->sym, d->span};
    }
    qsort(ds, st->n_directives, sizeof *ds, directive_order);
    for (uint32_t i = 0; i < st->n_directives; i++) {
        const sc_sym *y = &st->syms[ds[i].sym];
        const sc_scope *sc = &st->scopes[y->scope];
        if ((y->flags & DEF_GLOBAL) && (y->flags & DEF_NONLOCAL)) {
            sema_error(st->c, PHASE_ANALYSIS, ds[i].span, NULL, "name '%s' is nonlocal and global",
                       name_str(st, y->name));
        } else if (y->flags & DEF_NONLOCAL) {
            if (sc->kind == SC_MODULE) {
                sema_error_lit(st->c, PHASE_ANALYSIS, ds[i].span, NULL,
                               "nonlocal declaration not allowed at module level");
            } else if (!bound_in(st, sc->parent, y->name)) {
                sema_error(st->c, PHASE_ANALYSIS, ds[i].span, NULL,
                           "no binding for nonlocal '%s' found", name_str(st, y->name));
            }
        }
    }
}

void sema_walk_scopes(checker *c, const ast *root) {
    symtab st = {.c = c};
    if (!enter(&st, SC_MODULE, 0, root)) {
        return;
    }
    sc_stmt(&st, root, 0);
    sc_resolve(&st);
}
