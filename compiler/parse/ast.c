// AST tables and the constructors the grammar's actions call. Nodes and child arrays come from
// a bump allocator over the unit's arena (no per-node malloc). Lists grow by doubling: the
// capacity of a list node is implied by its length (4, then the next power of two), so a push
// needs no extra field. A few constructors check shapes that the grammar accepts more widely
// than Python (keyword names, walrus targets, decorators) and report them as syntax errors.
#include "ast.h"

#include <string.h>

#include "parse_internal.h"

const char *const ast_kind_names[AST_N_KINDS] = {
#define AST(kind, arity, name) [AST_##kind] = name,
#include "ast_kinds.def"
#undef AST
};

const int8_t ast_kind_arity[AST_N_KINDS] = {
#define AST(kind, arity, name) [AST_##kind] = arity,
#include "ast_kinds.def"
#undef AST
};

const char *ast_binop_text(ast_binop op) {
    static const char *const text[] = {
        [AST_OP_OR] = "|",        [AST_OP_XOR] = "^",     [AST_OP_AND] = "&",
        [AST_OP_LSHIFT] = "<<",   [AST_OP_RSHIFT] = ">>", [AST_OP_ADD] = "+",
        [AST_OP_SUB] = "-",       [AST_OP_MUL] = "*",     [AST_OP_MATMUL] = "@",
        [AST_OP_FLOORDIV] = "//", [AST_OP_TRUEDIV] = "/", [AST_OP_MOD] = "%",
        [AST_OP_POW] = "**",
    };
    return (unsigned)op < sizeof text / sizeof text[0] ? text[op] : "?";
}

const char *ast_cmpop_text(ast_cmpop op) {
    static const char *const text[] = {
        [AST_CMP_LT] = "<",          [AST_CMP_GT] = ">",          [AST_CMP_EQ] = "==",
        [AST_CMP_LE] = "<=",         [AST_CMP_GE] = ">=",         [AST_CMP_NE] = "!=",
        [AST_CMP_IN] = "in",         [AST_CMP_NOT_IN] = "not in", [AST_CMP_IS] = "is",
        [AST_CMP_IS_NOT] = "is not",
    };
    return (unsigned)op < sizeof text / sizeof text[0] ? text[op] : "?";
}

// ---- allocation ----

enum { BUMP_CHUNK = 64 * 1024 - 64, BUMP_BIG = 4096, LIST_MIN_CAP = 4 };

// 8-byte aligned memory from the current chunk; big requests go straight to the arena.
static void *bump(parse_ctx *cx, size_t size) {
    size = (size + 7) & ~(size_t)7;
    if (size > BUMP_BIG) {
        return arena_alloc(&cx->u->arena, size);
    }
    if ((size_t)(cx->bump_end - cx->bump_cur) < size) {
        char *p = arena_alloc(&cx->u->arena, BUMP_CHUNK);
        if (!p) {
            return NULL;
        }
        cx->bump_cur = p;
        cx->bump_end = p + BUMP_CHUNK;
    }
    void *r = cx->bump_cur;
    cx->bump_cur += size;
    return r;
}

// A node with room for n children (capacity cap >= n, all NULL).
static ast *node_new(parse_ctx *cx, src_span sp, ast_kind kind, uint32_t n, uint32_t cap) {
    ast *a = bump(cx, sizeof(ast));
    if (!a) {
        return NULL;
    }
    a->kind = (uint8_t)kind;
    a->op = 0;
    a->flags = 0;
    a->n = n;
    a->span = sp;
    a->u.kids = NULL;
    if (cap) {
        a->u.kids = bump(cx, cap * sizeof(ast *));
        if (!a->u.kids) {
            return NULL;
        }
        memset(a->u.kids, 0, cap * sizeof(ast *));
    }
    return a;
}

// Capacity of a list node holding n children (see the file comment).
static uint32_t list_cap(uint32_t n) {
    if (n == 0) {
        return 0;
    }
    uint32_t c = LIST_MIN_CAP;
    while (c < n) {
        c *= 2;
    }
    return c;
}

// ---- leaves ----

ast *ast_leaf(parse_ctx *cx, src_span sp, ast_kind kind) {
    return node_new(cx, sp, kind, 0, 0);
}

ast *ast_name(parse_ctx *cx, src_span sp, intern_id name) {
    ast *a = node_new(cx, sp, AST_NAME, 0, 0);
    if (a) {
        a->u.name = name;
    }
    return a;
}

ast *ast_number(parse_ctx *cx, src_span sp, const lex_num *num) {
    ast *a = node_new(cx, sp, AST_NUMBER, 0, 0);
    if (a) {
        a->u.num = num;
    }
    return a;
}

ast *ast_string(parse_ctx *cx, src_span sp, const lex_str *str) {
    bool is_bytes = str && str->kind == LEX_STR_BYTES;
    ast *a = node_new(cx, sp, is_bytes ? AST_BYTES : AST_STR, 0, 0);
    if (a) {
        a->u.str = str;
    }
    return a;
}

ast *ast_constant(parse_ctx *cx, src_span sp, ast_const value) {
    ast *a = node_new(cx, sp, AST_CONST, 0, 0);
    if (a) {
        a->op = (uint8_t)value;
    }
    return a;
}

ast *ast_op(parse_ctx *cx, src_span sp, int op) {
    ast *a = node_new(cx, sp, AST_OP, 0, 0);
    if (a) {
        a->op = (uint8_t)op;
    }
    return a;
}

// ---- fixed-arity nodes ----

ast *ast_new1(parse_ctx *cx, src_span sp, ast_kind kind, ast *a) {
    ast *r = node_new(cx, sp, kind, 1, 1);
    if (r) {
        r->u.kids[0] = a;
    }
    return r;
}

ast *ast_new2(parse_ctx *cx, src_span sp, ast_kind kind, ast *a, ast *b) {
    ast *r = node_new(cx, sp, kind, 2, 2);
    if (r) {
        r->u.kids[0] = a;
        r->u.kids[1] = b;
    }
    return r;
}

ast *ast_new3(parse_ctx *cx, src_span sp, ast_kind kind, ast *a, ast *b, ast *c) {
    ast *r = node_new(cx, sp, kind, 3, 3);
    if (r) {
        r->u.kids[0] = a;
        r->u.kids[1] = b;
        r->u.kids[2] = c;
    }
    return r;
}

ast *ast_new4(parse_ctx *cx, src_span sp, ast_kind kind, ast *a, ast *b, ast *c, ast *d) {
    ast *r = node_new(cx, sp, kind, 4, 4);
    if (r) {
        r->u.kids[0] = a;
        r->u.kids[1] = b;
        r->u.kids[2] = c;
        r->u.kids[3] = d;
    }
    return r;
}

ast *ast_unary(parse_ctx *cx, src_span sp, ast_unop op, ast *operand) {
    ast *r = ast_new1(cx, sp, AST_UNOP, operand);
    if (r) {
        r->op = (uint8_t)op;
    }
    return r;
}

ast *ast_param(parse_ctx *cx, src_span sp, ast_param_kind kind, ast *name, ast *ann, ast *dflt) {
    ast *r = ast_new3(cx, sp, AST_PARAM, name, ann, dflt);
    if (r) {
        r->op = (uint8_t)kind;
    }
    return r;
}

ast *ast_augassign(parse_ctx *cx, src_span sp, ast *target, ast *op, ast *value) {
    ast *r = ast_new2(cx, sp, AST_AUG_ASSIGN, target, value);
    if (r && op) {
        r->op = op->op;
    }
    return r;
}

ast *ast_slice(parse_ctx *cx, src_span sp, ast *lo, ast *hi, ast *step, bool has_step) {
    ast *r = ast_new3(cx, sp, AST_SLICE, lo, hi, step);
    if (r && has_step) {
        r->flags |= AST_SLICE_STEP;
    }
    return r;
}

ast *ast_funcdef(parse_ctx *cx, src_span sp, ast *name, ast *params, ast *returns, ast *body) {
    ast *r = node_new(cx, sp, AST_FUNCDEF, 5, 5);
    if (r) {
        r->u.kids[0] = name;
        r->u.kids[1] = params;
        r->u.kids[2] = returns;
        r->u.kids[3] = body;
    }
    return r;
}

// A generator argument written without its own parentheses.
static bool is_bare_genexp(const ast *a) {
    return a && a->kind == AST_GENEXP && !(a->flags & AST_PAREN);
}

// Where CPython reports a misplaced bare generator: its first 'for'.
static src_span genexp_for_span(const ast *g) {
    return g->n > 1 && AST_KID(g, 1) ? AST_KID(g, 1)->span : g->span;
}

ast *ast_classdef(parse_ctx *cx, src_span sp, ast *name, ast *args, ast *body) {
    for (uint32_t i = 0; args && i < args->n; i++) {
        if (is_bare_genexp(AST_KID(args, i))) {
            diag_error(&cx->u->diag, genexp_for_span(AST_KID(args, i)), "invalid syntax");
        }
    }
    return ast_new4(cx, sp, AST_CLASSDEF, name, args, body, NULL);
}

// ---- lists ----

ast *ast_list0(parse_ctx *cx, src_span sp, ast_kind kind) {
    return node_new(cx, sp, kind, 0, 0);
}

ast *ast_list1(parse_ctx *cx, src_span sp, ast_kind kind, ast *a) {
    ast *r = node_new(cx, sp, kind, 1, LIST_MIN_CAP);
    if (r) {
        r->u.kids[0] = a;
    }
    return r;
}

ast *ast_list2(parse_ctx *cx, src_span sp, ast_kind kind, ast *a, ast *b) {
    ast *r = node_new(cx, sp, kind, 2, LIST_MIN_CAP);
    if (r) {
        r->u.kids[0] = a;
        r->u.kids[1] = b;
    }
    return r;
}

// Appends one child, doubling the child array when the implied capacity is reached.
static bool push(parse_ctx *cx, ast *list, ast *item) {
    uint32_t n = list->n;
    if (n == list_cap(n)) {
        if (n >= UINT32_MAX / 2) {
            return false;
        }
        uint32_t cap = n ? 2 * n : LIST_MIN_CAP;
        ast **kids = bump(cx, (size_t)cap * sizeof(ast *));
        if (!kids) {
            return false;
        }
        if (n) {
            memcpy(kids, list->u.kids, n * sizeof(ast *));
        }
        list->u.kids = kids;
    }
    list->u.kids[n] = item;
    list->n = n + 1;
    return true;
}

ast *ast_list_push(parse_ctx *cx, src_span sp, ast *list, ast *item) {
    if (!list || !push(cx, list, item)) {
        return NULL;
    }
    list->span = sp;
    return list;
}

ast *ast_list_concat(parse_ctx *cx, src_span sp, ast *list, ast *more) {
    if (!list) {
        return NULL;
    }
    for (uint32_t i = 0; more && i < more->n; i++) {
        if (!push(cx, list, AST_KID(more, i))) {
            return NULL;
        }
    }
    list->span = sp;
    return list;
}

// Precedence level of a binary operator whose runs MicroPython keeps as one node ('**': none).
static int binop_level(int op) {
    switch (op) {
        case AST_OP_OR:
            return 1;
        case AST_OP_XOR:
            return 2;
        case AST_OP_AND:
            return 3;
        case AST_OP_LSHIFT:
        case AST_OP_RSHIFT:
            return 4;
        case AST_OP_ADD:
        case AST_OP_SUB:
            return 5;
        case AST_OP_MUL:
        case AST_OP_MATMUL:
        case AST_OP_TRUEDIV:
        case AST_OP_FLOORDIV:
        case AST_OP_MOD:
            return 6;
        default:
            return 0;
    }
}

// Extends the chain a (kind BINOP or COMPARE, not in parentheses) with `op b`, or starts one.
static ast *chain(parse_ctx *cx, src_span sp, ast_kind kind, ast *a, bool extend, ast *op, ast *b) {
    if (extend) {
        if (!push(cx, a, op) || !push(cx, a, b)) {
            return NULL;
        }
        a->span = sp;
        return a;
    }
    ast *r = node_new(cx, sp, kind, 3, LIST_MIN_CAP);
    if (r) {
        r->u.kids[0] = a;
        r->u.kids[1] = op;
        r->u.kids[2] = b;
    }
    return r;
}

static bool open_chain(const ast *a, ast_kind kind) {
    return a && a->kind == kind && !(a->flags & AST_PAREN) && a->n >= 3 && AST_KID(a, 1);
}

ast *ast_binary(parse_ctx *cx, src_span sp, ast *a, ast_binop op, src_span op_sp, ast *b) {
    int level = binop_level(op);
    bool extend = level && open_chain(a, AST_BINOP) && binop_level(AST_KID(a, 1)->op) == level;
    return chain(cx, sp, AST_BINOP, a, extend, ast_op(cx, op_sp, op), b);
}

ast *ast_compare(parse_ctx *cx, src_span sp, ast *a, ast *op, ast *b) {
    return chain(cx, sp, AST_COMPARE, a, open_chain(a, AST_COMPARE), op, b);
}

ast *ast_boolean(parse_ctx *cx, src_span sp, ast_boolop op, ast *a, ast *b) {
    if (a && a->kind == AST_BOOLOP && a->op == op && !(a->flags & AST_PAREN)) {
        return ast_list_push(cx, sp, a, b);
    }
    ast *r = ast_list2(cx, sp, AST_BOOLOP, a, b);
    if (r) {
        r->op = (uint8_t)op;
    }
    return r;
}

ast *ast_paren(parse_ctx *cx, ast *node) {
    (void)cx;
    if (node) {
        node->flags |= AST_PAREN;
    }
    return node;
}

ast *ast_empty_tuple(parse_ctx *cx, src_span sp) {
    return ast_paren(cx, ast_list0(cx, sp, AST_TUPLE));
}

ast *ast_retag(parse_ctx *cx, src_span sp, ast *node, ast_kind kind) {
    (void)cx;
    if (node) {
        node->kind = (uint8_t)kind;
        node->span = sp;
    }
    return node;
}

ast *ast_flag(parse_ctx *cx, src_span sp, ast *node, unsigned flags) {
    (void)cx;
    if (node) {
        node->flags |= (uint16_t)flags;
        node->span = sp;
    }
    return node;
}

// ---- composite statements ----

ast *ast_if(parse_ctx *cx, src_span sp, ast *test, ast *body, ast *elifs, ast *orelse) {
    ast *top = ast_list2(cx, sp, AST_IF, test, body);
    top = elifs ? ast_list_concat(cx, sp, top, elifs) : top;
    return ast_list_push(cx, sp, top, orelse);
}

ast *ast_try(parse_ctx *cx, src_span sp, ast *body, ast *handlers, ast *orelse, ast *finalbody) {
    return ast_new4(cx, sp, AST_TRY, body, handlers, orelse, finalbody);
}

ast *ast_decorated(parse_ctx *cx, src_span sp, ast *decorators, ast *def) {
    (void)cx;
    (void)sp;
    if (def && def->kind == AST_FUNCDEF) {
        AST_KID(def, 4) = decorators;
    } else if (def && def->kind == AST_CLASSDEF) {
        AST_KID(def, 3) = decorators;
    }
    return def;
}

ast *ast_async(parse_ctx *cx, src_span sp, ast *stmt) {
    return ast_flag(cx, sp, stmt, AST_ASYNC);
}

// A decorator's expression: a name, attributes of it, and one optional call at the end, with no
// parentheses around any part (each part then starts where the whole starts).
ast *ast_decorator(parse_ctx *cx, src_span sp, ast *expr) {
    const ast *e = expr;
    bool ok = e && e->span.off == sp.off;
    if (ok && e->kind == AST_CALL && e->n > 0) {
        e = AST_KID(e, 0);
        ok = e && e->span.off == sp.off;
    }
    while (ok && e->kind == AST_ATTR) {
        e = AST_KID(e, 0);
        ok = e && e->span.off == sp.off;
    }
    if (expr && (!ok || e->kind != AST_NAME)) {
        diag_error(&cx->u->diag, sp,
                   "MicroPython does not support this decorator: only a dotted name, optionally "
                   "called");
    }
    return expr;
}

ast *ast_dots(parse_ctx *cx, src_span sp, ast *dots, int n) {
    if (!dots) {
        dots = node_new(cx, sp, AST_DOTTED_NAME, 0, 0);
        if (!dots) {
            return NULL;
        }
    }
    uint32_t count = dots->flags + (uint32_t)n;
    dots->flags = (uint16_t)(count > UINT16_MAX ? UINT16_MAX : count);
    dots->span = sp;
    return dots;
}

ast *ast_import_from(parse_ctx *cx, src_span sp, ast *dots, ast *module, ast *names) {
    if (!names) {
        return NULL;
    }
    bool is_star = names->kind == AST_STAR_IMPORT;
    uint32_t n = is_star ? 1 : names->n;
    ast *r = node_new(cx, sp, AST_IMPORT_FROM, 1 + n, 1 + n);
    if (!r) {
        return NULL;
    }
    r->flags = dots ? dots->flags : 0;
    AST_KID(r, 0) = module;
    if (is_star) {
        AST_KID(r, 1) = names;
    } else {
        memcpy(r->u.kids + 1, names->u.kids, n * sizeof(ast *));
    }
    return r;
}

// ---- composite expressions ----

ast *ast_call(parse_ctx *cx, src_span sp, ast *func, ast *args) {
    uint32_t n = args ? args->n : 0;
    ast *r = node_new(cx, sp, AST_CALL, 1 + n, 1 + n);
    if (!r) {
        return NULL;
    }
    AST_KID(r, 0) = func;
    if (n) {
        memcpy(r->u.kids + 1, args->u.kids, n * sizeof(ast *));
    }
    bool alone = n == 1 && !(args->flags & AST_TRAILING_COMMA);
    for (uint32_t i = 0; i < n && !alone; i++) {
        if (is_bare_genexp(AST_KID(args, i))) {
            diag_error(&cx->u->diag, AST_KID(args, i)->span,
                       "Generator expression must be parenthesized");
            break;
        }
    }
    return r;
}

ast *ast_comp(parse_ctx *cx, src_span sp, ast_kind kind, ast *elt, ast *clauses, unsigned flags) {
    uint32_t n = clauses ? clauses->n : 0;
    ast *r = node_new(cx, sp, kind, 1 + n, 1 + n);
    if (!r) {
        return NULL;
    }
    r->flags = (uint16_t)flags;
    AST_KID(r, 0) = elt;
    if (n) {
        memcpy(r->u.kids + 1, clauses->u.kids, n * sizeof(ast *));
    }
    if (elt && elt->kind == AST_STAR) {
        diag_error(&cx->u->diag, elt->span, "iterable unpacking cannot be used in comprehension");
    }
    return r;
}

ast *ast_keyword(parse_ctx *cx, src_span sp, ast *name, ast *value) {
    if (name && name->kind == AST_CONST && name->op != AST_CONST_ELLIPSIS) {
        diag_error(&cx->u->diag, name->span, "cannot assign to %s", ast_describe(name));
    } else if (name && name->kind != AST_NAME) {
        diag_error(&cx->u->diag, name->span,
                   "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    return ast_new2(cx, sp, AST_KEYWORD, name, value);
}

ast *ast_named_expr(parse_ctx *cx, src_span sp, ast *target, ast *value) {
    if (target && target->kind != AST_NAME) {
        diag_error(&cx->u->diag, target->span, "cannot use assignment expressions with %s",
                   ast_describe(target));
    }
    return ast_new2(cx, sp, AST_NAMED_EXPR, target, value);
}

ast *ast_unsupported(parse_ctx *cx, src_span sp, const char *what, ast *node) {
    diag_error(&cx->u->diag, sp, "MicroPython does not support %s", what);
    return node;
}

// An f-string arrives as `'template'.format(args)`: a call of the attribute `format` of a
// string literal that came from an f-string.
static bool is_fstring_call(const ast *a) {
    if (a->kind != AST_CALL || a->n == 0 || !AST_KID(a, 0) || AST_KID(a, 0)->kind != AST_ATTR) {
        return false;
    }
    const ast *s = AST_KID(AST_KID(a, 0), 0);
    return s && s->kind == AST_STR && s->u.str && s->u.str->is_fstring;
}

const char *ast_describe(const ast *a) {
    if (!a) {
        return "expression";
    }
    switch ((ast_kind)a->kind) {
        case AST_NAME:
            return "name";
        case AST_ATTR:
            return "attribute";
        case AST_SUBSCRIPT:
            return "subscript";
        case AST_STAR:
            return "starred";
        case AST_LIST:
            return "list";
        case AST_TUPLE:
            return "tuple";
        case AST_LAMBDA:
            return "lambda";
        case AST_CALL:
            return is_fstring_call(a) ? "f-string expression" : "function call";
        case AST_GENEXP:
            return "generator expression";
        case AST_YIELD:
        case AST_YIELD_FROM:
            return "yield expression";
        case AST_AWAIT:
            return "await expression";
        case AST_LISTCOMP:
            return "list comprehension";
        case AST_SETCOMP:
            return "set comprehension";
        case AST_DICTCOMP:
            return "dict comprehension";
        case AST_DICT:
            return "dict literal";
        case AST_SET:
            return "set display";
        case AST_COMPARE:
            return "comparison";
        case AST_IFEXP:
            return "conditional expression";
        case AST_NAMED_EXPR:
            return "named expression";
        case AST_NUMBER:
        case AST_STR:
        case AST_BYTES:
            return "literal";
        case AST_CONST:
            switch (a->op) {
                case AST_CONST_NONE:
                    return "None";
                case AST_CONST_TRUE:
                    return "True";
                case AST_CONST_FALSE:
                    return "False";
                default:
                    return "ellipsis";
            }
        default:
            return "expression";
    }
}
