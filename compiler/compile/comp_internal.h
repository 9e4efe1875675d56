// Inside the compiler: the folded tree (cnode) that fold.c builds from the AST as stock's
// parser would have built its parse tree (constants folded, const() names substituted,
// strings decided as qstr or object, trailers flattened, lines assigned), the numeric folding
// helpers, the scope tables and the code generator's state. Not for use outside compile/.
#ifndef MPYC_COMP_INTERNAL_H
#define MPYC_COMP_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "../emit/emit.h"
#include "../parse/ast.h"
#include "../scope.h"
#include "../unit.h"
#include "compile.h"

// ---------------------------------------------------------------------------------------------
// The folded tree. Kinds below AST_N_KINDS mean what the AST kind means (ast_kinds.def) with
// the differences noted; the kinds after it exist only here.
//
// Leaves (no line of their own, like stock's leaf parse nodes): AST_NAME (u.name), AST_CONST
// (op: ast_const), AST_OP (op), CN_SMALL (u.small), CN_QSTR (u.name: an interned string).
// CN_OBJ (u.obj) is a constant object; it has a line like any inner node (0 for results of
// folding). AST_NUMBER, AST_STR, AST_BYTES, AST_CALL, AST_ATTR and AST_SUBSCRIPT never occur:
// literals become leaves or objects, and a primary with trailers becomes a CN_ATOM_EXPR.
enum {
    CN_SMALL = AST_N_KINDS, // an int that fits the small-int width
    CN_QSTR,                // an interned string: LOAD_CONST_STRING
    CN_OBJ,                 // a constant object: LOAD_CONST_OBJ
    CN_ATOM_EXPR,           // atom, trailer...: `a.b[c](d)` (stock's atom_expr_normal)
    CN_T_CALL,              // trailer `(args)`: exprs, STAR, DSTAR, KEYWORD, bare GENEXP
    CN_T_INDEX,             // trailer `[index]`
    CN_T_ATTR,              // trailer `.name` (u.name, no children)
    CN_DECORATOR,           // NAME..., then a CN_T_CALL when flags & CN_DECO_CALL
    CN_N_KINDS,
};
_Static_assert(CN_N_KINDS <= 256, "cnode kinds fit cnode.kind");

// cnode.flags (besides the AST flags AST_PAREN, AST_SLICE_STEP, AST_ASYNC that are copied)
enum {
    CN_DECO_CALL = 1 << 9, // a decorator with a call
    CN_FSTRING = 1 << 10,  // the `.format` call of an f-string (on a CN_ATOM_EXPR)
};

typedef struct cnode {
    uint8_t kind;        // ast_kind or CN_*
    uint8_t op;          // operator or sub-kind, as in the AST
    uint16_t flags;      // AST flags and CN_* flags; IMPORT_FROM: the level
    uint32_t n;          // children
    uint32_t line;       // the line stock's parse node carries (0: a leaf, or none)
    uint32_t scope_line; // comprehensions: the line their own code starts with
    src_span span;       // for diagnostics
    union {
        struct cnode **kids;
        intern_id name;
        int64_t small;
        const emit_const *obj;
    } u;
    scope *sc; // FUNCDEF, CLASSDEF, LAMBDA, comprehensions: made in the scope pass
} cnode;

#define CN_KID(c, i) ((c)->u.kids[(i)])

static inline bool cn_is_leaf(const cnode *c) {
    return c->kind == AST_NAME || c->kind == AST_CONST || c->kind == AST_OP ||
           c->kind == CN_SMALL || c->kind == CN_QSTR || c->kind == CN_T_ATTR;
}

// Stock's "constant" (mp_parse_node_is_const): small int, interned string, None, True, False,
// Ellipsis, a constant object, or the empty tuple `()`.
bool cn_is_const(const cnode *c);
// The truth value of a constant (cn_is_const must hold).
bool cn_const_truth(const intern_table *names, const cnode *c);

// ---------------------------------------------------------------------------------------------
// Folding (fold.c): the AST of a checked unit to the folded tree. Reports "not a constant" and
// out-of-memory through the unit's diagnostics; NULL after an error.

typedef struct fold_config {
    uint8_t small_int_bits;
    const char *source_name; // qstrs that exist before parsing besides the built-in pool
    const char *file_name;
} fold_config;

cnode *fold_module(comp_unit *u, const fold_config *cfg);

// ---------------------------------------------------------------------------------------------
// Numbers of parse-time folding (fold_num.c): Python ints of any size and doubles, with
// MicroPython's semantics for every operator stock folds.

typedef struct fold_big fold_big; // an arbitrary-precision int (opaque)

typedef enum fold_num_kind { FNUM_INT, FNUM_BIG, FNUM_FLOAT } fold_num_kind;

typedef struct fold_num {
    uint8_t kind;      // fold_num_kind; FNUM_BIG only for values outside int64_t
    int64_t i;         // FNUM_INT
    double f;          // FNUM_FLOAT
    const fold_big *b; // FNUM_BIG
} fold_num;

typedef enum fold_status {
    FOLD_OK,
    FOLD_NO,     // the operation raises (or gives a complex): leave the expression unfolded
    FOLD_NO_MEM, // the arena ran out
} fold_status;

// r = a OP b, where op is an ast_binop.
fold_status fold_num_binary(arena *ar, int op, fold_num a, fold_num b, fold_num *r);
// Roughly how many limb steps folding a OP b takes (0 when no big integer is involved).
uint64_t fold_num_work(int op, fold_num a, fold_num b);
// r = OP a, where op is AST_UNOP_POS, NEG or INVERT.
fold_status fold_num_unary(arena *ar, int op, fold_num a, fold_num *r);
// The integer written with digits in base (2, 8, 10, 16).
fold_status fold_num_from_digits(arena *ar, const char *digits, size_t n, unsigned base,
                                 fold_num *r);
// The constant object of a number (NULL on no memory).
emit_const *fold_num_to_const(arena *ar, fold_num v);
// The number held by an INT or FLOAT constant.
fold_status fold_num_from_const(arena *ar, const emit_const *c, fold_num *r);

// ---------------------------------------------------------------------------------------------
// Scope tables (scope.c): identifiers and their classification, as stock's scope.c and the
// scope parts of compile.c do them (compiler-semantics.md 4).

scope *scope_new(arena *a, scope_kind kind, intern_id name, scope *parent);
scope_id *scope_find(scope *s, intern_id name);
// Finds the identifier, adding it with `kind` when absent (NULL on no memory).
scope_id *scope_find_or_add(arena *a, scope *s, intern_id name, scope_id_kind kind);
// A load in pass 1: adds the name as global-implicit when absent.
scope_id *scope_id_for_load(arena *a, scope *s, intern_id name);
// A store or delete in pass 1 (local in function-like scopes, else global-implicit-assigned).
scope_id *scope_id_for_store(arena *a, scope *s, intern_id name);
// Closes a global-implicit identifier over an enclosing function's variable, if there is one.
bool scope_check_to_close_over(arena *a, scope *s, scope_id *id);
// Local numbers, cells and free variables once pass 1 of every scope is done (4.5).
void scope_compute_things(scope *s, intern_id q_class);

// ---------------------------------------------------------------------------------------------
// The code generator's state, shared by compile.c and compile_expr.c.

typedef struct comp {
    comp_unit *u;
    arena *a;
    const emit_ops *ops;
    emit *e;
    emit_module m;
    emit_pass pass;
    scope *cur;  // scope being compiled
    scope *head; // the scope list (4.2)
    scope *tail;
    uint32_t next_label;
    bool failed; // an error was reported: stop
    // Loop state (stock's break/continue labels and handler depth).
    uint32_t break_label, continue_label;
    bool break_from_for; // the innermost loop is a general `for` (its break pops 4 slots)
    bool in_loop;
    uint32_t except_level, break_continue_except_level;
    // Defaults of the function being made (7.1).
    bool have_star;
    uint32_t n_default_params, n_dict_params;
    int opt_level;
    uint8_t small_int_bits;
    intern_id q_empty, q_class, q_name, q_module, q_qualname, q_super, q_range, q_micropython;
    intern_id q_assertion_error, q_stop_async_iteration, q_aiter, q_anext, q_aenter, q_aexit;
    intern_id q_star, q_const;
} comp;

// compile.c
uint32_t comp_new_label(comp *c);
void comp_error(comp *c, src_span sp, const char *msg);
void comp_errorf(comp *c, src_span sp, const char *fmt, ...) PRINTF_LIKE(3, 4);
void comp_load_id(comp *c, intern_id name);
void comp_store_id(comp *c, intern_id name);
void comp_delete_id(comp *c, intern_id name);
void comp_stmt(comp *c, const cnode *n);
// Creates (in pass 1) or finds the scope of a def, class, lambda or comprehension node.
scope *comp_child_scope(comp *c, cnode *n, scope_kind kind, intern_id name);

// compile_expr.c
void comp_expr(comp *c, const cnode *n);
void comp_if_cond(comp *c, const cnode *n, bool jump_if, uint32_t label);
void comp_assign(comp *c, const cnode *n, int assign_kind);
void comp_call_args(comp *c, const cnode *call, bool is_method, uint32_t n_extra);
// Defaults and closure of a def or lambda, then MAKE_FUNCTION/MAKE_CLOSURE (7.1).
void comp_make_function(comp *c, scope *child, const cnode *params);
void comp_close_over(comp *c, scope *child, uint32_t n_pos_defaults, uint32_t n_kw_defaults);
void comp_comprehension_scope(comp *c, const cnode *n);
void comp_namedexpr(comp *c, const cnode *target, const cnode *value);

enum { ASSIGN_STORE, ASSIGN_AUG_LOAD, ASSIGN_AUG_STORE };

#define EMIT0(c, f) ((c)->ops->f((c)->e))
#define EMITA(c, f, ...) ((c)->ops->f((c)->e, __VA_ARGS__))

#endif
