// The AST of a checked unit to the folded tree (comp_internal.h), doing what stock's parser
// does while it builds its parse tree (compiler-semantics.md 3): numeric and logical constant
// folding, const() names and their substitution, math.pi-style module constants, constant
// tuples, lonely constants turned into `pass`, and the qstr-or-object choice for strings,
// which depends on the qstrs that exist when the string is parsed (3.6). All of these depend
// on source order, so the tree is walked in the order its tokens appear. Every node also gets
// the line stock's parse node would carry (13), which is not always its first token's line:
// trailers carry their bracket's, f-string arguments the line where the literal ended.
#include <string.h>

#include "comp_internal.h"

typedef struct fold {
    comp_unit *u;
    arena *a;
    intern_table *names;
    const char *text;
    uint32_t n_text;
    uint8_t small_int_bits;
    uint8_t *exists;           // by intern id: a qstr of that text exists already
    const emit_const **consts; // by intern id: the value of a const() name
    uint32_t cap_ids;          // size of both arrays
    uint32_t line_override;    // non-zero inside the injected arguments of an f-string
    src_span override_lit;     // then: the literal they came from
    uint64_t big_work;         // limb steps spent folding big integers (fold_num_work)
    uint32_t stmt_off;         // start of the statement being folded
    uint32_t scan_stmt;        // in_brackets: the statement its last scan was in,
    uint32_t scan_pos;         // where it stopped,
    int scan_depth;            // and the bracket depth there
    bool failed;
    intern_id q_const, q_math, q_template;
    intern_id q_pi, q_e, q_tau, q_inf, q_nan;
    const emit_const *math_consts[5]; // one object each, as stock shares the module's
} fold;

static cnode *fold_expr(fold *f, const ast *a);
static cnode *fold_block(fold *f, const ast *a, bool is_suite);

// ---------------------------------------------------------------------------------------------
// Helpers: allocation, lines, source scanning.

static void oom(fold *f) {
    if (!f->failed) {
        diag_error(&f->u->diag, (src_span){0, 0}, "out of memory");
    }
    f->failed = true;
}

static cnode *cn_new(fold *f, int kind, uint32_t n, src_span sp, uint32_t line) {
    cnode *c = ARENA_NEW(f->a, cnode);
    if (!c) {
        oom(f);
        return NULL;
    }
    c->kind = (uint8_t)kind;
    c->n = n;
    c->span = sp;
    c->line = line;
    if (n) {
        c->u.kids = arena_zalloc(f->a, (size_t)n * sizeof(cnode *));
        if (!c->u.kids) {
            oom(f);
            return NULL;
        }
    }
    return c;
}

// The lines stock's lexer has counted twice before source offset off (unit_line_shift).
static uint32_t extra_lines(const fold *f, uint32_t off) {
    const unit_line_shift *s = f->u->line_shifts;
    uint32_t lo = 0, hi = f->u->n_line_shifts;
    while (lo < hi) { // the first entry after off
        uint32_t mid = lo + (hi - lo) / 2;
        if (s[mid].off <= off) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo ? s[lo - 1].extra : 0;
}

// The line stock gives what starts at source offset off: the source's line, or inside the
// injected arguments of an f-string the line its lexer stands on after the literal, plus the
// newlines of injected text it has counted on the way.
static uint32_t line_at(fold *f, uint32_t off) {
    uint32_t line = f->line_override;
    if (!line) {
        line = src_line(&f->u->src, &f->u->arena, off < f->n_text ? off : f->n_text);
    } else if (off >= f->override_lit.off + f->override_lit.len) {
        // Past a node of text the rewrite made up (its span is the whole literal): such
        // nodes count from the start of the injected text.
        off = f->override_lit.off;
    }
    return line + extra_lines(f, off);
}

// The offset of the next character that is not white space, a comment or a line
// continuation; newlines count as white space when `newlines`.
static uint32_t skip_space(fold *f, uint32_t p, bool newlines) {
    const char *t = f->text;
    while (p < f->n_text) {
        char c = t[p];
        if (c == ' ' || c == '\t' || c == '\f' || (c == '\n' && newlines)) {
            p++;
        } else if (c == '#') {
            while (p < f->n_text && t[p] != '\n') {
                p++;
            }
        } else if (c == '\\' && p + 1 < f->n_text && t[p + 1] == '\n') {
            p += 2;
        } else {
            break;
        }
    }
    return p;
}

// Line of the first token at or after off.
static uint32_t token_line_after(fold *f, uint32_t off) {
    return line_at(f, skip_space(f, off, true));
}

// Line of the bracket or dot `ch` that follows off, past white space and the closing
// parentheses of a parenthesised operand (a trailer's own token).
static uint32_t trailer_line(fold *f, uint32_t off, char ch) {
    uint32_t p = off;
    for (;;) {
        p = skip_space(f, p, true);
        if (p < f->n_text && f->text[p] == ')' && ch != ')') {
            p++;
            continue;
        }
        break;
    }
    if (p >= f->n_text || f->text[p] != ch) {
        p = off;
    }
    return line_at(f, p);
}

// Skips a string literal starting at a quote: returns the offset after its closing quote.
static uint32_t skip_string(fold *f, uint32_t p) {
    const char *t = f->text;
    char q = t[p];
    bool triple = p + 2 < f->n_text && t[p + 1] == q && t[p + 2] == q;
    p += triple ? 3 : 1;
    while (p < f->n_text) {
        if (t[p] == '\\') {
            p += 2;
        } else if (t[p] == q &&
                   (!triple || (p + 2 < f->n_text && t[p + 1] == q && t[p + 2] == q))) {
            return p + (triple ? 3 : 1);
        } else if (t[p] == '\n' && !triple) {
            return p;
        } else {
            p++;
        }
    }
    return p;
}

// Whether offset `end` lies inside brackets opened since the current statement began. The
// scan carries on from where the last one stopped in the same statement (f-strings are
// folded in source order), so a statement of many f-strings is scanned once, not once each.
static bool in_brackets(fold *f, uint32_t end) {
    const char *t = f->text;
    int depth = 0;
    uint32_t p = f->stmt_off;
    if (f->scan_stmt == f->stmt_off && f->scan_pos <= end) {
        p = f->scan_pos;
        depth = f->scan_depth;
    }
    while (p < end && p < f->n_text) {
        char c = t[p];
        if (c == '#') {
            while (p < f->n_text && t[p] != '\n') {
                p++;
            }
        } else if (c == '\'' || c == '"') {
            p = skip_string(f, p);
        } else {
            depth += (c == '(' || c == '[' || c == '{') - (c == ')' || c == ']' || c == '}');
            p++;
        }
    }
    f->scan_stmt = f->stmt_off;
    f->scan_pos = p;
    f->scan_depth = depth;
    return depth > 0;
}

// The line stock gives the `.format(...)` text injected after an f-string: where its lexer
// stands after the literal and the white space that follows it (newlines count only inside
// brackets), compiler-semantics.md 2.5. The source's line only: the newlines of injected text
// are added per token (line_at).
static uint32_t fstring_line(fold *f, const ast *lit) {
    if (f->line_override) {
        return f->line_override;
    }
    uint32_t end = lit->span.off + lit->span.len;
    uint32_t p = skip_space(f, end, false);
    if (p < f->n_text && f->text[p] == '\n' && in_brackets(f, end)) {
        p = skip_space(f, p, true);
    }
    return src_line(&f->u->src, &f->u->arena, p < f->n_text ? p : f->n_text);
}

// ---------------------------------------------------------------------------------------------
// Qstrs that exist, and const() values, by intern id.

static bool grow_ids(fold *f, intern_id id) {
    if (id < f->cap_ids) {
        return true;
    }
    uint32_t cap = f->cap_ids ? f->cap_ids : 256;
    while (cap <= id) {
        cap *= 2;
    }
    uint8_t *e = arena_zalloc(f->a, cap);
    const emit_const **c = arena_zalloc(f->a, (size_t)cap * sizeof *c);
    if (!e || !c) {
        oom(f);
        return false;
    }
    if (f->cap_ids) {
        memcpy(e, f->exists, f->cap_ids);
        memcpy(c, f->consts, (size_t)f->cap_ids * sizeof *c);
    }
    f->exists = e;
    f->consts = c;
    f->cap_ids = cap;
    return true;
}

static void mark(fold *f, intern_id id) {
    if (id && grow_ids(f, id)) {
        f->exists[id] = 1;
    }
}

static bool exists(fold *f, intern_id id) {
    return id && id < f->cap_ids && f->exists[id];
}

static void mark_text(fold *f, const char *s) {
    if (s) {
        intern_id id = intern_add(f->names, s, strlen(s));
        if (!id) {
            oom(f); // a qstr left unmarked would change which strings become qstrs
            return;
        }
        mark(f, id);
    }
}

// mpy-cross's built-in qstrs longer than 10 bytes (static-qstrs.md 6): string literals equal
// to one of them are qstrs from the start.
static const char *const builtin_long_qstrs[] = {
    "__delitem__",
    "__getattr__",
    "__getitem__",
    "__qualname__",
    "__setitem__",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "GeneratorExit",
    "ImportError",
    "IndentationError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NotImplementedError",
    "OverflowError",
    "RuntimeError",
    "StopIteration",
    "SyntaxError",
    "ZeroDivisionError",
    "classmethod",
    "micropython",
    "staticmethod",
    "Interpolation",
    "StopAsyncIteration",
    "UnicodeError",
    "ViperTypeError",
    "__build_class__",
    "__complex__",
    "__contains__",
    "__repl_print__",
    "__reversed__",
    "__template__",
    "__traceback__",
    "bound_method",
    "difference_update",
    "format_spec",
    "heap_unlock",
    "interpolations",
    "intersection",
    "intersection_update",
    "maximum recursion depth exceeded",
    "string.templatelib",
    "symmetric_difference",
    "symmetric_difference_update",
    "templatelib",
    "unpack_from",
    "vcvt_f32_s32",
    "vcvt_s32_f32",
};

// ---------------------------------------------------------------------------------------------
// Constants.

// Whether v is a small int of the target; stock's own small ints (63 bits on a 64-bit host)
// bound the width from above.
static bool fits_small(fold *f, int64_t v) {
    unsigned bits = f->small_int_bits < 2 ? 2 : f->small_int_bits > 63 ? 63 : f->small_int_bits;
    int64_t lim = (int64_t)1 << (bits - 1);
    return v >= -lim && v < lim;
}

bool cn_is_const(const cnode *c) {
    switch (c->kind) {
        case CN_SMALL:
        case CN_QSTR:
        case AST_CONST:
        case CN_OBJ:
            return true;
        case AST_TUPLE:
            return c->n == 0; // `()`
        default:
            return false;
    }
}

// The constant value of a cn_is_const node (NULL on no memory).
static const emit_const *const_value(fold *f, const cnode *c) {
    switch (c->kind) {
        case CN_SMALL:
            return emit_const_new_int(f->a, c->u.small);
        case CN_QSTR: {
            const intern_entry *e = intern_get(f->names, c->u.name);
            return emit_const_new_str(f->a, e->str, e->len);
        }
        case AST_CONST:
            switch (c->op) {
                case AST_CONST_NONE:
                    return &emit_const_none;
                case AST_CONST_TRUE:
                    return &emit_const_true;
                case AST_CONST_FALSE:
                    return &emit_const_false;
                default:
                    return &emit_const_ellipsis;
            }
        case CN_OBJ:
            return c->u.obj;
        default:
            return emit_const_new_tuple(f->a, NULL, 0);
    }
}

bool cn_const_truth(const intern_table *names, const cnode *c) {
    switch (c->kind) {
        case CN_SMALL:
            return c->u.small != 0;
        case CN_QSTR:
            return intern_get(names, c->u.name)->len > 0;
        case AST_CONST:
            return c->op == AST_CONST_TRUE || c->op == AST_CONST_ELLIPSIS;
        case CN_OBJ:
            return emit_const_truth(c->u.obj);
        default:
            return false; // ()
    }
}

// A node for a constant value as stock's parser makes it (make_node_const_object_optimised):
// a small-int leaf when it fits, else a constant object carrying `line`.
static cnode *const_node(fold *f, const emit_const *v, src_span sp, uint32_t line) {
    if (!v) {
        oom(f);
        return NULL;
    }
    if (v->kind == EMIT_CONST_INT && !v->is_big && fits_small(f, v->u.ival)) {
        cnode *c = cn_new(f, CN_SMALL, 0, sp, 0);
        if (c) {
            c->u.small = v->u.ival;
        }
        return c;
    }
    cnode *c = cn_new(f, CN_OBJ, 0, sp, line);
    if (c) {
        c->u.obj = v;
    }
    return c;
}

// The number a node holds (small int, int or float object), for numeric folding.
static bool node_number(fold *f, const cnode *c, fold_num *v) {
    if (c->kind == CN_SMALL) {
        *v = (fold_num){.kind = FNUM_INT, .i = c->u.small};
        return true;
    }
    if (c->kind == CN_OBJ &&
        (c->u.obj->kind == EMIT_CONST_INT || c->u.obj->kind == EMIT_CONST_FLOAT)) {
        fold_status st = fold_num_from_const(f->a, c->u.obj, v);
        if (st == FOLD_NO_MEM) {
            oom(f);
        }
        return st == FOLD_OK;
    }
    return false;
}

// Big-integer folding a unit may do, in limb steps: about a second. Stock folds on however
// long it takes (7 ** 400000: a minute and a half); past this an expression is left to run
// time, which keeps a hostile line like `x = 7 ** 700000 * 3` from taking seconds, let alone
// a file full of them.
#define FOLD_WORK_MAX 1000000000u

static bool afford(fold *f, uint64_t work) {
    if (work > FOLD_WORK_MAX - f->big_work) {
        return false;
    }
    f->big_work += work;
    return true;
}

// A folded number: line 0, as stock gives every folding result.
static cnode *number_node(fold *f, fold_num v, src_span sp) {
    return const_node(f, fold_num_to_const(f->a, v), sp, 0);
}

// ---------------------------------------------------------------------------------------------
// Leaves.

static cnode *leaf_name(fold *f, const ast *a) {
    mark(f, a->u.name);
    cnode *c = cn_new(f, AST_NAME, 0, a->span, 0);
    if (c) {
        c->u.name = a->u.name;
    }
    return c;
}

// A name in an expression: a const() name becomes its value (with the name's line).
static cnode *fold_name(fold *f, const ast *a) {
    mark(f, a->u.name);
    intern_id id = a->u.name;
    if (id < f->cap_ids && f->consts[id]) {
        return const_node(f, f->consts[id], a->span, line_at(f, a->span.off));
    }
    return leaf_name(f, a);
}

static cnode *fold_number(fold *f, const ast *a) {
    const lex_num *num = a->u.num;
    uint32_t line = line_at(f, a->span.off);
    if (num->kind == LEX_NUM_INT) {
        if (!num->is_big) {
            return const_node(f, emit_const_new_int(f->a, num->v.ival), a->span, line);
        }
        const char *digits = num->v.digits;
        uint32_t n = num->n_digits;
        while (n > 1 && digits[0] == '0') {
            digits++;
            n--;
        }
        if (num->base == 10 && n > 19) {
            // Already the decimal text a constant keeps: no conversion (quadratic) needed.
            emit_const *c = ARENA_NEW(f->a, emit_const);
            char *text = arena_strndup(f->a, digits, n);
            if (!c || !text) {
                oom(f);
                return NULL;
            }
            c->kind = EMIT_CONST_INT;
            c->is_big = true;
            c->len = n;
            c->u.text = text;
            return const_node(f, c, a->span, line);
        }
        fold_num v;
        fold_status st = fold_num_from_digits(f->a, num->v.digits, num->n_digits, num->base, &v);
        if (st == FOLD_NO) {
            // Past 2**2097152, the largest integer folding keeps. Stock runs out of its heap
            // long before (or takes minutes: reading a literal is quadratic in its length).
            diag_error(&f->u->diag, a->span, "integer literal too large (%u digits)",
                       num->n_digits);
            f->failed = true;
            return NULL;
        }
        if (st != FOLD_OK) {
            oom(f);
            return NULL;
        }
        return const_node(f, fold_num_to_const(f->a, v), a->span, line);
    }
    // MicroPython reads float literals its own way (emit_const_parse_float), from the text.
    double v = num->v.fval;
    if (a->span.off + a->span.len <= f->n_text && a->span.len > 0) {
        v = emit_const_parse_float(f->text + a->span.off, a->span.len);
    }
    const emit_const *c =
        num->kind == LEX_NUM_IMAG ? emit_const_new_complex(f->a, v) : emit_const_new_float(f->a, v);
    return const_node(f, c, a->span, line);
}

static cnode *fold_string(fold *f, const ast *a) {
    const lex_str *s = a->u.str;
    if (a->kind == AST_BYTES) {
        return const_node(f, emit_const_new_bytes(f->a, s->bytes, s->len), a->span,
                          line_at(f, a->span.off));
    }
    intern_id id;
    if (s->len <= 10) {
        id = intern_add(f->names, s->bytes, s->len);
        if (!id) {
            oom(f);
            return NULL;
        }
        mark(f, id);
    } else {
        id = intern_find(f->names, s->bytes, s->len);
        if (!exists(f, id)) {
            id = 0;
        }
    }
    if (!id) {
        return const_node(f, emit_const_new_str(f->a, s->bytes, s->len), a->span,
                          line_at(f, a->span.off));
    }
    cnode *c = cn_new(f, CN_QSTR, 0, a->span, 0);
    if (c) {
        c->u.name = id;
    }
    return c;
}

// ---------------------------------------------------------------------------------------------
// Expressions.

// Folds the children of a into a new node of the same kind.
static cnode *fold_kids(fold *f, const ast *a, int kind, uint32_t line) {
    cnode *c = cn_new(f, kind, a->n, a->span, line);
    if (!c) {
        return NULL;
    }
    c->op = a->op;
    c->flags = a->flags;
    for (uint32_t i = 0; i < a->n; i++) {
        const ast *k = AST_KID(a, i);
        if (k) {
            CN_KID(c, i) = fold_expr(f, k);
            if (!CN_KID(c, i)) {
                return NULL;
            }
        }
    }
    return c;
}

static bool all_const(const cnode *c) {
    for (uint32_t i = 0; i < c->n; i++) {
        if (!cn_is_const(CN_KID(c, i))) {
            return false;
        }
    }
    return true;
}

static cnode *tuple_object(fold *f, const cnode *t, uint32_t line) {
    const emit_const **items = t->n ? ARENA_ARRAY(f->a, const emit_const *, t->n) : NULL;
    if (t->n && !items) {
        oom(f);
        return NULL;
    }
    for (uint32_t i = 0; i < t->n; i++) {
        items[i] = const_value(f, CN_KID(t, i));
        if (!items[i]) {
            oom(f);
            return NULL;
        }
    }
    return const_node(f, emit_const_new_tuple(f->a, items, t->n), t->span, line);
}

// A tuple display. Stock builds a constant from a parenthesised one, and from a bare one where
// may_build (testlist, testlist_star_expr, subscriptlist) when every item is a constant.
static cnode *fold_tuple(fold *f, const ast *a, bool may_build) {
    bool paren = (a->flags & AST_PAREN) != 0;
    cnode *t = fold_kids(f, a, AST_TUPLE, line_at(f, a->span.off));
    if (!t || a->n == 0) {
        return t; // `()`: flagged like every parenthesised tuple
    }
    if (!(paren || may_build) || !all_const(t)) {
        return t;
    }
    uint32_t line = t->line;
    if (paren) {
        // (a,) and (a, b) take the line of the first token inside the parentheses; longer
        // ones (and (a, b,)) that of the token after the first comma (stock's testlist_comp_3c).
        if (a->n == 1 || (a->n == 2 && !(a->flags & AST_TRAILING_COMMA))) {
            line = token_line_after(f, a->span.off + 1);
        } else {
            const ast *first = AST_KID(a, 0);
            uint32_t p = first->span.off + first->span.len;
            for (;;) {
                p = skip_space(f, p, true);
                if (p < f->n_text && f->text[p] == ')') {
                    p++;
                    continue;
                }
                break;
            }
            line = token_line_after(f, p < f->n_text && f->text[p] == ',' ? p + 1 : p);
        }
    }
    return tuple_object(f, t, line);
}

static cnode *fold_testlist(fold *f, const ast *a, bool may_build) {
    if (a && a->kind == AST_TUPLE && !(a->flags & AST_PAREN)) {
        return fold_tuple(f, a, may_build);
    }
    return a ? fold_expr(f, a) : NULL;
}

static cnode *fold_binop(fold *f, const ast *a) {
    cnode *c = fold_kids(f, a, a->kind, line_at(f, a->span.off));
    if (!c) {
        return NULL;
    }
    if (a->kind != AST_BINOP) {
        return c;
    }
    fold_num acc;
    if (!node_number(f, CN_KID(c, 0), &acc)) {
        return c;
    }
    for (uint32_t i = 1; i + 1 < c->n; i += 2) {
        fold_num rhs;
        if (!node_number(f, CN_KID(c, i + 1), &rhs)) {
            return c;
        }
        if (!afford(f, fold_num_work(CN_KID(c, i)->op, acc, rhs))) {
            return c;
        }
        fold_status st = fold_num_binary(f->a, CN_KID(c, i)->op, acc, rhs, &acc);
        if (st == FOLD_NO_MEM) {
            oom(f);
        }
        if (st != FOLD_OK) {
            return c;
        }
    }
    return number_node(f, acc, a->span);
}

static cnode *fold_unop(fold *f, const ast *a) {
    cnode *c = fold_kids(f, a, AST_UNOP, line_at(f, a->span.off));
    if (!c) {
        return NULL;
    }
    const cnode *x = CN_KID(c, 0);
    if (a->op == AST_UNOP_NOT) {
        if (!cn_is_const(x)) {
            return c;
        }
        cnode *r = cn_new(f, AST_CONST, 0, a->span, 0);
        if (r) {
            r->op = cn_const_truth(f->names, x) ? AST_CONST_FALSE : AST_CONST_TRUE;
        }
        return r;
    }
    fold_num v;
    if (!node_number(f, x, &v)) {
        return c;
    }
    if (a->op == AST_UNOP_POS && x->kind == CN_OBJ) {
        // +x gives x itself: the same object (a nan then still shares its table entry).
        return const_node(f, x->u.obj, a->span, 0);
    }
    if (!afford(f, fold_num_work(AST_OP_SUB, (fold_num){.kind = FNUM_INT}, v))) {
        return c;
    }
    fold_status st = fold_num_unary(f->a, a->op, v, &v);
    if (st == FOLD_NO_MEM) {
        oom(f);
    }
    return st == FOLD_OK ? number_node(f, v, a->span) : c;
}

// `a or b or c`: false constants drop out, a true constant ends the chain (and the reverse
// for `and`); one operand left means no operator at all (3.4).
static cnode *fold_boolop(fold *f, const ast *a) {
    cnode *c = fold_kids(f, a, AST_BOOLOP, line_at(f, a->span.off));
    if (!c) {
        return NULL;
    }
    bool stop_on = a->op == AST_BOOL_OR;
    uint32_t kept = 0;
    for (uint32_t i = 0; i < c->n; i++) {
        cnode *k = CN_KID(c, i);
        if (i + 1 < c->n && cn_is_const(k)) {
            if (cn_const_truth(f->names, k) != stop_on) {
                continue;
            }
            CN_KID(c, kept++) = k;
            break;
        }
        CN_KID(c, kept++) = k;
    }
    c->n = kept;
    return kept == 1 ? CN_KID(c, 0) : c;
}

static cnode *fold_params(fold *f, const ast *a) {
    cnode *c = cn_new(f, AST_PARAMS, a->n, a->span, 0);
    if (!c) {
        return NULL;
    }
    c->flags = a->flags;
    for (uint32_t i = 0; i < a->n; i++) {
        const ast *p = AST_KID(a, i);
        cnode *q = cn_new(f, AST_PARAM, 3, p->span, line_at(f, p->span.off));
        if (!q) {
            return NULL;
        }
        q->op = p->op;
        if (AST_KID(p, 0)) {
            CN_KID(q, 0) = leaf_name(f, AST_KID(p, 0));
        }
        if (AST_KID(p, 1)) {
            CN_KID(q, 1) = fold_expr(f, AST_KID(p, 1));
        }
        if (AST_KID(p, 2)) {
            CN_KID(q, 2) = fold_expr(f, AST_KID(p, 2));
            if (!CN_KID(q, 2)) {
                return NULL;
            }
        }
        CN_KID(c, i) = q;
    }
    return c;
}

// Call arguments (of a call trailer, a decorator or a class): the trailer node itself. `sp`
// ends at the closing parenthesis. A walrus written as an argument (`f(x := 1)`, not
// `f((x := 1))`) is compiled without a line of its own: its node gets line 0.
static cnode *fold_args(fold *f, const ast *const *args, uint32_t n, src_span sp, uint32_t line) {
    cnode *c = cn_new(f, CN_T_CALL, n, sp, line);
    if (!c) {
        return NULL;
    }
    uint32_t close = sp.off + sp.len;
    while (close > sp.off && f->text[close - 1] != ')') {
        close--;
    }
    for (uint32_t i = 0; i < n; i++) {
        const ast *a = args[i];
        CN_KID(c, i) = fold_expr(f, a);
        if (!CN_KID(c, i)) {
            return NULL;
        }
        if (a->kind == AST_NAMED_EXPR) {
            uint32_t p = skip_space(f, a->span.off + a->span.len, true);
            bool paren = p < f->n_text && f->text[p] == ')' && p + 1 < close;
            if (!paren) {
                CN_KID(c, i)->line = 0;
            }
        }
    }
    return c;
}

// Raw newlines before the second part of a t-string's template, as injected text: in the
// first part (up to the first field) a backslash-newline keeps its newline, other newlines
// become `\n` (a raw t-string keeps none).
static uint32_t tstring_first_part_newlines(const fold *f, src_span lit) {
    const char *t = f->text;
    uint32_t p = lit.off, end = lit.off + lit.len;
    bool raw = false;
    while (p < end && t[p] != '\'' && t[p] != '"') {
        raw |= t[p] == 'r' || t[p] == 'R';
        p++;
    }
    uint32_t n = 0;
    for (p++; p < end && !raw; p++) {
        if (t[p] == '{' && p + 1 < end && t[p + 1] == '{') {
            p++;
        } else if (t[p] == '{') {
            break;
        } else if (t[p] == '\\' && p + 1 < end) {
            p++;
            n += t[p] == '\n' || t[p] == '\r';
            if (t[p] == '\r' && p + 1 < end && t[p + 1] == '\n') {
                p++;
            }
        }
    }
    return n;
}

static bool is_trailer(const ast *a) {
    return a && (a->kind == AST_CALL || a->kind == AST_ATTR || a->kind == AST_SUBSCRIPT);
}

static bool is_fstring_literal(const ast *a) {
    return a && a->kind == AST_STR && a->u.str && a->u.str->is_fstring;
}

// A primary with trailers (`a.b[c](d)`), which the AST nests from the outside in, becomes
// stock's flat atom_expr: the atom, then the trailers in source order. A parenthesised
// operand (its span starts after the enclosing one's) is an atom of its own.
static cnode *fold_atom_expr(fold *f, const ast *top, int kind, uint32_t line, src_span sp) {
    uint32_t n = 0;
    const ast *p = top;
    for (;;) {
        n++;
        const ast *k = AST_KID(p, 0);
        if (is_trailer(k) && k->span.off == p->span.off) {
            p = k;
            continue;
        }
        break;
    }
    const ast **chain = ARENA_ARRAY(f->a, const ast *, n);
    if (!chain) {
        oom(f);
        return NULL;
    }
    p = top;
    for (uint32_t i = n; i-- > 0;) {
        chain[i] = p;
        p = AST_KID(p, 0);
    }
    const ast *atom = AST_KID(chain[0], 0);
    cnode *c = cn_new(f, kind, n + 1, sp, line);
    if (!c) {
        return NULL;
    }
    CN_KID(c, 0) = fold_expr(f, atom);
    if (!CN_KID(c, 0)) {
        return NULL;
    }
    // An f-string: the `.format` and its call are injected text with the line where the
    // literal ended, and so is everything inside the call's arguments.
    uint32_t fline = 0, n_injected = 0;
    if (is_fstring_literal(atom) && n >= 2 && chain[0]->kind == AST_ATTR &&
        AST_KID(chain[0], 1)->span.off == atom->span.off && chain[1]->kind == AST_CALL) {
        fline = fstring_line(f, atom);
        n_injected = 2;
        c->flags |= CN_FSTRING;
        if (f->line_override && atom->span.off == f->override_lit.off &&
            atom->span.len == f->override_lit.len) {
            // Made up by a t-string (a format spec with fields): no place in the source, so
            // the line comes from where the lexer read it.
            c->line = f->line_override + atom->u.str->line_extra;
        }
    } else if (atom->kind == AST_NAME && atom->u.name == f->q_template &&
               chain[0]->kind == AST_CALL && atom->span.off < f->n_text &&
               f->text[atom->span.off] != '_') {
        // A t-string: `__template__(...)` made up by the lexer in place of the literal.
        fline = fstring_line(f, atom);
        n_injected = 1;
    }
    // Made-up tokens read first thing after the literal: the lexer keeps the newlines passed
    // by then in an f-string's token, and one byte into a t-string's span.
    uint32_t fline_tok = 0;
    if (n_injected) {
        fline_tok = fline + (atom->kind == AST_STR ? atom->u.str->line_extra
                                                   : extra_lines(f, atom->span.off + 1));
    }
    const ast *prev = atom;
    for (uint32_t i = 0; i < n; i++) {
        const ast *t = chain[i];
        bool injected = i < n_injected;
        uint32_t prev_end = prev->span.off + prev->span.len;
        cnode *tr;
        if (t->kind == AST_ATTR) {
            uint32_t tl = injected ? fline_tok : trailer_line(f, prev_end, '.');
            tr = cn_new(f, CN_T_ATTR, 0, t->span, tl);
            if (tr) {
                mark(f, AST_KID(t, 1)->u.name);
                tr->u.name = AST_KID(t, 1)->u.name;
            }
        } else if (t->kind == AST_SUBSCRIPT) {
            tr = cn_new(f, CN_T_INDEX, 1, t->span, trailer_line(f, prev_end, '['));
            if (tr) {
                CN_KID(tr, 0) = fold_testlist(f, AST_KID(t, 1), true);
                if (!CN_KID(tr, 0)) {
                    return NULL;
                }
            }
        } else {
            uint32_t tl = injected ? fline_tok : trailer_line(f, prev_end, '(');
            uint32_t saved = f->line_override;
            src_span saved_lit = f->override_lit;
            if (injected) {
                f->line_override = fline;
                f->override_lit = atom->span;
            }
            tr = fold_args(f, (const ast *const *)t->u.kids + 1, t->n - 1, t->span, tl);
            f->line_override = saved;
            f->override_lit = saved_lit;
            if (injected && n_injected == 1 && tr && tr->n > 0 && CN_KID(tr, 0)->kind == CN_OBJ &&
                CN_KID(tr, 0)->line) {
                // The template tuple of a t-string: made-up text, and with a field its line is
                // that of the token after its first comma, the second part.
                cnode *tuple = CN_KID(tr, 0);
                tuple->line = fline_tok;
                if (tuple->u.obj->kind == EMIT_CONST_TUPLE && tuple->u.obj->len >= 2) {
                    tuple->line += tstring_first_part_newlines(f, atom->span);
                }
            }
        }
        if (!tr) {
            return NULL;
        }
        CN_KID(c, i + 1) = tr;
        prev = t;
    }
    // math.pi and friends (3.8): an identifier `math` with exactly one attribute trailer.
    const cnode *a0 = CN_KID(c, 0);
    if (kind == CN_ATOM_EXPR && n == 1 && a0->kind == AST_NAME && a0->u.name == f->q_math &&
        CN_KID(c, 1)->kind == CN_T_ATTR) {
        intern_id q = CN_KID(c, 1)->u.name;
        const intern_id names[5] = {f->q_pi, f->q_e, f->q_tau, f->q_inf, f->q_nan};
        const double values[5] = {3.141592653589793, 2.718281828459045, 6.283185307179586,
                                  __builtin_inf(), __builtin_nan("")};
        for (int i = 0; i < 5; i++) {
            if (q != names[i]) {
                continue;
            }
            // The same object every time: stock's table shares it even for nan.
            if (!f->math_consts[i]) {
                f->math_consts[i] = emit_const_new_float(f->a, values[i]);
            }
            return const_node(f, f->math_consts[i], sp, 0);
        }
    }
    return c;
}

static cnode *fold_comprehension(fold *f, const ast *a) {
    uint32_t line = line_at(f, a->span.off), scope_line;
    bool bare = a->kind == AST_GENEXP && !(a->flags & AST_PAREN);
    if (bare) {
        scope_line = line;
        line = 0; // a bare generator argument is compiled without a node line of its own
    } else {
        scope_line = token_line_after(f, a->span.off + 1);
    }
    cnode *c = cn_new(f, a->kind, a->n, a->span, line);
    if (!c) {
        return NULL;
    }
    c->flags = a->flags;
    c->scope_line = scope_line;
    CN_KID(c, 0) = fold_expr(f, AST_KID(a, 0));
    for (uint32_t i = 1; i < a->n && CN_KID(c, 0); i++) {
        const ast *k = AST_KID(a, i);
        cnode *kc = cn_new(f, k->kind, k->n, k->span, line_at(f, k->span.off));
        if (!kc) {
            return NULL;
        }
        kc->flags = k->flags;
        for (uint32_t j = 0; j < k->n; j++) {
            CN_KID(kc, j) = fold_expr(f, AST_KID(k, j));
            if (!CN_KID(kc, j)) {
                return NULL;
            }
        }
        CN_KID(c, i) = kc;
    }
    return CN_KID(c, 0) ? c : NULL;
}

static cnode *fold_expr(fold *f, const ast *a) {
    if (f->failed) {
        return NULL;
    }
    uint32_t line = line_at(f, a->span.off);
    switch ((ast_kind)a->kind) {
        case AST_NAME:
            return fold_name(f, a);
        case AST_NUMBER:
            return fold_number(f, a);
        case AST_STR:
        case AST_BYTES:
            return fold_string(f, a);
        case AST_CONST: {
            cnode *c = cn_new(f, AST_CONST, 0, a->span, 0);
            if (c) {
                c->op = a->op;
            }
            return c;
        }
        case AST_OP: {
            cnode *c = cn_new(f, AST_OP, 0, a->span, 0);
            if (c) {
                c->op = a->op;
            }
            return c;
        }
        case AST_TUPLE:
            return fold_tuple(f, a, false);
        case AST_BINOP:
        case AST_COMPARE:
            return fold_binop(f, a);
        case AST_UNOP:
            return fold_unop(f, a);
        case AST_BOOLOP:
            return fold_boolop(f, a);
        case AST_CALL:
        case AST_ATTR:
        case AST_SUBSCRIPT:
            return fold_atom_expr(f, a, CN_ATOM_EXPR, line, a->span);
        case AST_AWAIT: {
            const ast *p = AST_KID(a, 0);
            if (is_trailer(p)) {
                return fold_atom_expr(f, p, AST_AWAIT, line, a->span);
            }
            cnode *c = cn_new(f, AST_AWAIT, 1, a->span, line);
            if (c) {
                CN_KID(c, 0) = fold_expr(f, p);
            }
            return c && CN_KID(c, 0) ? c : NULL;
        }
        case AST_LAMBDA: {
            cnode *c = cn_new(f, AST_LAMBDA, 2, a->span, line);
            if (c) {
                CN_KID(c, 0) = fold_params(f, AST_KID(a, 0));
                CN_KID(c, 1) = CN_KID(c, 0) ? fold_expr(f, AST_KID(a, 1)) : NULL;
            }
            return c && CN_KID(c, 1) ? c : NULL;
        }
        case AST_LISTCOMP:
        case AST_SETCOMP:
        case AST_GENEXP:
        case AST_DICTCOMP:
            return fold_comprehension(f, a);
        case AST_YIELD: {
            cnode *c = cn_new(f, AST_YIELD, 1, a->span, line);
            if (c && AST_KID(a, 0)) {
                CN_KID(c, 0) = fold_testlist(f, AST_KID(a, 0), true);
                if (!CN_KID(c, 0)) {
                    return NULL;
                }
            }
            return c;
        }
        case AST_SLICE:
            // Without a lower bound the span starts where the empty bound would be.
            return fold_kids(f, a, a->kind, token_line_after(f, a->span.off));
        case AST_LIST:
        case AST_SET:
        case AST_DICT:
        case AST_DICT_ITEM:
        case AST_STAR:
        case AST_DSTAR:
        case AST_IFEXP:
        case AST_NAMED_EXPR:
        case AST_KEYWORD:
        case AST_YIELD_FROM:
            return fold_kids(f, a, a->kind, line);
        default:
            // Statements and helper nodes never appear in expressions after the checks.
            return fold_kids(f, a, a->kind, line);
    }
}

// ---------------------------------------------------------------------------------------------
// Statements.

// The line of a statement: its first token's.
static uint32_t stmt_line(fold *f, const ast *a) {
    return line_at(f, a->span.off);
}

static cnode *stmt_node(fold *f, const ast *a, int kind, uint32_t n) {
    return cn_new(f, kind, n, a->span, stmt_line(f, a));
}

static cnode *pass_node(fold *f, const ast *a, uint32_t line) {
    return cn_new(f, AST_PASS, 0, a->span, line);
}

// A decorator: the dotted name (never substituted by const()) and an optional call.
static cnode *fold_decorator(fold *f, const ast *d) {
    const ast *call = d->kind == AST_CALL ? d : NULL;
    const ast *name = call ? AST_KID(call, 0) : d;
    uint32_t n = 1;
    for (const ast *p = name; p->kind == AST_ATTR; p = AST_KID(p, 0)) {
        n++;
    }
    cnode *c = cn_new(f, CN_DECORATOR, n + (call != NULL), d->span, 0);
    if (!c) {
        return NULL;
    }
    const ast *p = name;
    for (uint32_t i = n; i-- > 0;) {
        const ast *leaf = p->kind == AST_ATTR ? AST_KID(p, 1) : p;
        cnode *l = cn_new(f, AST_NAME, 0, leaf->span, 0);
        if (!l) {
            return NULL;
        }
        l->u.name = leaf->u.name;
        CN_KID(c, i) = l;
        if (p->kind == AST_ATTR) {
            p = AST_KID(p, 0);
        }
    }
    for (uint32_t i = 0; i < n; i++) {
        mark(f, CN_KID(c, i)->u.name);
    }
    if (call) {
        c->flags |= CN_DECO_CALL;
        uint32_t tl = trailer_line(f, name->span.off + name->span.len, '(');
        CN_KID(c, n) =
            fold_args(f, (const ast *const *)call->u.kids + 1, call->n - 1, call->span, tl);
        if (!CN_KID(c, n)) {
            return NULL;
        }
    }
    return c;
}

static cnode *fold_decorators(fold *f, const ast *a) {
    if (!a) {
        return NULL;
    }
    cnode *c = cn_new(f, AST_DECORATORS, a->n, a->span, line_at(f, a->span.off));
    for (uint32_t i = 0; c && i < a->n; i++) {
        CN_KID(c, i) = fold_decorator(f, AST_KID(a, i));
        if (!CN_KID(c, i)) {
            return NULL;
        }
    }
    return c;
}

// FUNCDEF and CLASSDEF; decorators come first in the source.
static cnode *fold_def(fold *f, const ast *a) {
    bool is_class = a->kind == AST_CLASSDEF;
    const ast *decos = AST_KID(a, is_class ? 3 : 4);
    uint32_t line = line_at(f, decos ? decos->span.off : a->span.off);
    cnode *c = cn_new(f, a->kind, a->n, a->span, line);
    if (!c) {
        return NULL;
    }
    c->flags = a->flags;
    if (decos) {
        f->stmt_off = decos->span.off; // the statement starts at its first decorator
    }
    cnode *dc = fold_decorators(f, decos);
    if (decos && !dc) {
        return NULL;
    }
    CN_KID(c, is_class ? 3 : 4) = dc;
    CN_KID(c, 0) = leaf_name(f, AST_KID(a, 0));
    if (is_class) {
        const ast *args = AST_KID(a, 1);
        if (args) {
            uint32_t end = skip_space(f, args->span.off + args->span.len, true);
            if (end < f->n_text && f->text[end] == ',') {
                end = skip_space(f, end + 1, true);
            }
            src_span sp = {args->span.off, end + 1 - args->span.off};
            CN_KID(c, 1) = fold_args(f, (const ast *const *)args->u.kids, args->n, sp, 0);
            if (!CN_KID(c, 1)) {
                return NULL;
            }
        }
        CN_KID(c, 2) = fold_block(f, AST_KID(a, 2), true);
        return CN_KID(c, 2) ? c : NULL;
    }
    CN_KID(c, 1) = fold_params(f, AST_KID(a, 1));
    if (!CN_KID(c, 1)) {
        return NULL;
    }
    if (AST_KID(a, 2)) {
        CN_KID(c, 2) = fold_expr(f, AST_KID(a, 2));
    }
    CN_KID(c, 3) = fold_block(f, AST_KID(a, 3), true);
    return CN_KID(c, 3) ? c : NULL;
}

// `NAME = const(EXPR)` (also annotated): EXPR when the statement defines a constant, else
// NULL. Reports "not a constant" when the argument is not one (3.7).
static const cnode *const_definition(fold *f, const cnode *target, const cnode *value,
                                     bool *error) {
    *error = false;
    if (!target || target->kind != AST_NAME || !value || value->kind != CN_ATOM_EXPR ||
        value->n != 2 || CN_KID(value, 0)->kind != AST_NAME ||
        CN_KID(value, 0)->u.name != f->q_const || CN_KID(value, 1)->kind != CN_T_CALL) {
        return NULL;
    }
    const cnode *call = CN_KID(value, 1);
    const cnode *arg = call->n == 1 ? CN_KID(call, 0) : NULL;
    if (!arg || !cn_is_const(arg)) {
        diag_error(&f->u->diag, value->span, "not a constant");
        f->failed = true;
        *error = true;
        return NULL;
    }
    return arg;
}

// Whether the statement at index i of a block is the first of a node stock would give a line
// of its own to: the block itself (an indented suite of two or more logical lines) or its
// logical line (two or more statements, or a trailing ';'). Only matters for a statement that
// has no line itself (a removed private constant).
static bool next_is_semicolon(fold *f, const ast *s, uint32_t *after) {
    uint32_t p = skip_space(f, s->span.off + s->span.len, false);
    if (p < f->n_text && f->text[p] == ';') {
        *after = p + 1;
        return true;
    }
    return false;
}

static bool line_continues(fold *f, uint32_t p) {
    p = skip_space(f, p, false);
    return p < f->n_text && f->text[p] != '\n' && f->text[p] != '#';
}

static bool starts_group(fold *f, const ast *block, uint32_t i) {
    if (i == 0) {
        return true;
    }
    uint32_t after;
    return !(next_is_semicolon(f, AST_KID(block, i - 1), &after) && line_continues(f, after));
}

static bool container_line(fold *f, const ast *block, uint32_t i, bool is_suite) {
    const ast *s = AST_KID(block, i);
    bool indented = true;
    for (uint32_t p = s->span.off; p > 0 && f->text[p - 1] != '\n'; p--) {
        if (f->text[p - 1] != ' ' && f->text[p - 1] != '\t' && f->text[p - 1] != '\f') {
            indented = false;
            break;
        }
    }
    if (is_suite && indented && i == 0) {
        uint32_t groups = 0;
        for (uint32_t j = 0; j < block->n && groups < 2; j++) {
            groups += starts_group(f, block, j);
        }
        if (groups >= 2) {
            return true;
        }
    }
    if (!starts_group(f, block, i)) {
        return false;
    }
    uint32_t after;
    return next_is_semicolon(f, s, &after);
}

// An assignment-like statement that may define a const() name.
static cnode *fold_assign(fold *f, const ast *a, const ast *block, uint32_t index, bool is_suite) {
    bool ann = a->kind == AST_ANN_ASSIGN;
    uint32_t n = ann ? 3 : a->n;
    cnode *c = stmt_node(f, a, a->kind, n);
    if (!c) {
        return NULL;
    }
    c->op = a->op;
    for (uint32_t i = 0; i < n; i++) {
        const ast *k = AST_KID(a, i);
        if (k) {
            CN_KID(c, i) = fold_testlist(f, k, !(ann && i == 1));
            if (!CN_KID(c, i)) {
                return NULL;
            }
        }
    }
    if (a->kind == AST_AUG_ASSIGN || (!ann && n != 2) || (ann && !CN_KID(c, 2))) {
        return c;
    }
    const cnode *target = CN_KID(c, 0);
    const cnode *value = CN_KID(c, ann ? 2 : 1);
    bool error;
    const cnode *arg = const_definition(f, target, value, &error);
    if (error) {
        return NULL;
    }
    if (!arg) {
        return c;
    }
    intern_id name = target->u.name;
    const emit_const *v = const_value(f, arg);
    if (!v || !grow_ids(f, name)) {
        oom(f);
        return NULL;
    }
    f->consts[name] = v;
    if (intern_str(f->names, name)[0] == '_') {
        // A private constant: the statement goes away, without a line of its own.
        uint32_t line = block && container_line(f, block, index, is_suite) ? c->line : 0;
        return pass_node(f, a, line);
    }
    // NAME = EXPR (an annotated one loses its annotation, as in stock).
    cnode *r = cn_new(f, AST_ASSIGN, 2, a->span, c->line);
    if (r) {
        CN_KID(r, 0) = (cnode *)target;
        CN_KID(r, 1) = (cnode *)arg;
    }
    return r;
}

static cnode *fold_import(fold *f, const ast *a) {
    cnode *c = stmt_node(f, a, a->kind, a->n);
    if (!c) {
        return NULL;
    }
    c->flags = a->flags;
    for (uint32_t i = 0; i < a->n; i++) {
        const ast *k = AST_KID(a, i);
        if (!k) {
            continue;
        }
        if (k->kind == AST_STAR_IMPORT) {
            CN_KID(c, i) = cn_new(f, AST_STAR_IMPORT, 0, k->span, 0);
            continue;
        }
        // DOTTED_NAME, or ALIAS(DOTTED_NAME or NAME, NAME?)
        cnode *kc = cn_new(f, k->kind, k->n, k->span, 0);
        if (!kc) {
            return NULL;
        }
        for (uint32_t j = 0; j < k->n; j++) {
            const ast *x = AST_KID(k, j);
            if (!x) {
                continue;
            }
            if (x->kind == AST_NAME) {
                CN_KID(kc, j) = leaf_name(f, x);
                continue;
            }
            cnode *xc = cn_new(f, x->kind, x->n, x->span, 0);
            if (!xc) {
                return NULL;
            }
            for (uint32_t m = 0; m < x->n; m++) {
                CN_KID(xc, m) = leaf_name(f, AST_KID(x, m));
            }
            CN_KID(kc, j) = xc;
        }
        CN_KID(c, i) = kc;
    }
    return c;
}

static cnode *fold_stmt_in(fold *f, const ast *a, const ast *block, uint32_t index, bool is_suite) {
    if (f->failed) {
        return NULL;
    }
    f->stmt_off = a->span.off;
    switch ((ast_kind)a->kind) {
        case AST_EXPR_STMT: {
            cnode *v = fold_testlist(f, AST_KID(a, 0), true);
            if (!v) {
                return NULL;
            }
            if ((cn_is_leaf(v) && v->kind != AST_NAME) || v->kind == CN_OBJ) {
                // A lonely constant (doc strings included) is a `pass` with its line (3.2).
                return pass_node(f, a, line_at(f, a->span.off));
            }
            cnode *c = stmt_node(f, a, AST_EXPR_STMT, 1);
            if (c) {
                CN_KID(c, 0) = v;
            }
            return c;
        }
        case AST_ASSIGN:
        case AST_ANN_ASSIGN:
        case AST_AUG_ASSIGN:
            return fold_assign(f, a, block, index, is_suite);
        case AST_RETURN: {
            cnode *c = stmt_node(f, a, AST_RETURN, 1);
            if (c && AST_KID(a, 0)) {
                CN_KID(c, 0) = fold_testlist(f, AST_KID(a, 0), true);
                if (!CN_KID(c, 0)) {
                    return NULL;
                }
            }
            return c;
        }
        case AST_GLOBAL:
        case AST_NONLOCAL: {
            cnode *c = stmt_node(f, a, a->kind, a->n);
            for (uint32_t i = 0; c && i < a->n; i++) {
                CN_KID(c, i) = leaf_name(f, AST_KID(a, i));
            }
            return c;
        }
        case AST_IMPORT:
        case AST_IMPORT_FROM:
            return fold_import(f, a);
        case AST_IF: {
            // test, body, ELIF (test, body)..., orelse?: flat, as the AST and stock keep it.
            cnode *c = stmt_node(f, a, AST_IF, a->n);
            if (c) {
                c->flags = a->flags;
            }
            for (uint32_t i = 0; c && i < a->n; i++) {
                const ast *k = AST_KID(a, i);
                if (i == 0) {
                    CN_KID(c, 0) = fold_expr(f, k);
                } else if (!k) {
                    continue; // no orelse
                } else if (k->kind == AST_ELIF) {
                    f->stmt_off = k->span.off; // bracket scans start at the 'elif'
                    cnode *e = cn_new(f, AST_ELIF, 2, k->span, 0);
                    CN_KID(c, i) = e;
                    if (e) {
                        CN_KID(e, 0) = fold_expr(f, AST_KID(k, 0));
                        CN_KID(e, 1) = CN_KID(e, 0) ? fold_block(f, AST_KID(k, 1), true) : NULL;
                        CN_KID(c, i) = CN_KID(e, 1) ? e : NULL;
                    }
                } else {
                    CN_KID(c, i) = fold_block(f, k, true);
                }
                if (!CN_KID(c, i)) {
                    return NULL;
                }
            }
            return c;
        }
        case AST_WHILE: {
            cnode *c = stmt_node(f, a, AST_WHILE, 3);
            if (!c) {
                return NULL;
            }
            c->flags = a->flags;
            CN_KID(c, 0) = fold_expr(f, AST_KID(a, 0));
            CN_KID(c, 1) = CN_KID(c, 0) ? fold_block(f, AST_KID(a, 1), true) : NULL;
            if (!CN_KID(c, 1)) {
                return NULL;
            }
            if (AST_KID(a, 2)) {
                CN_KID(c, 2) = fold_block(f, AST_KID(a, 2), true);
                if (!CN_KID(c, 2)) {
                    return NULL;
                }
            }
            return c;
        }
        case AST_FOR: {
            cnode *c = stmt_node(f, a, AST_FOR, 4);
            if (!c) {
                return NULL;
            }
            c->flags = a->flags;
            CN_KID(c, 0) = fold_expr(f, AST_KID(a, 0));
            CN_KID(c, 1) = CN_KID(c, 0) ? fold_testlist(f, AST_KID(a, 1), true) : NULL;
            CN_KID(c, 2) = CN_KID(c, 1) ? fold_block(f, AST_KID(a, 2), true) : NULL;
            if (!CN_KID(c, 2)) {
                return NULL;
            }
            if (AST_KID(a, 3)) {
                CN_KID(c, 3) = fold_block(f, AST_KID(a, 3), true);
                if (!CN_KID(c, 3)) {
                    return NULL;
                }
            }
            return c;
        }
        case AST_TRY: {
            cnode *c = stmt_node(f, a, AST_TRY, 4);
            if (!c) {
                return NULL;
            }
            CN_KID(c, 0) = fold_block(f, AST_KID(a, 0), true);
            if (!CN_KID(c, 0)) {
                return NULL;
            }
            const ast *h = AST_KID(a, 1);
            if (h) {
                cnode *hc = cn_new(f, AST_HANDLERS, h->n, h->span, 0);
                if (!hc) {
                    return NULL;
                }
                for (uint32_t i = 0; i < h->n; i++) {
                    const ast *e = AST_KID(h, i);
                    cnode *ec = cn_new(f, AST_EXCEPT, 3, e->span, line_at(f, e->span.off));
                    if (!ec) {
                        return NULL;
                    }
                    if (AST_KID(e, 0)) {
                        CN_KID(ec, 0) = fold_expr(f, AST_KID(e, 0));
                    }
                    if (AST_KID(e, 1)) {
                        CN_KID(ec, 1) = leaf_name(f, AST_KID(e, 1));
                    }
                    CN_KID(ec, 2) = fold_block(f, AST_KID(e, 2), true);
                    if (!CN_KID(ec, 2)) {
                        return NULL;
                    }
                    CN_KID(hc, i) = ec;
                }
                CN_KID(c, 1) = hc;
            }
            for (uint32_t i = 2; i < 4; i++) {
                if (AST_KID(a, i)) {
                    CN_KID(c, i) = fold_block(f, AST_KID(a, i), true);
                    if (!CN_KID(c, i)) {
                        return NULL;
                    }
                }
            }
            return c;
        }
        case AST_WITH: {
            cnode *c = stmt_node(f, a, AST_WITH, a->n);
            if (!c) {
                return NULL;
            }
            c->flags = a->flags;
            for (uint32_t i = 0; i + 1 < a->n; i++) {
                const ast *it = AST_KID(a, i);
                cnode *ic = cn_new(f, AST_WITH_ITEM, 2, it->span, 0);
                if (!ic) {
                    return NULL;
                }
                CN_KID(ic, 0) = fold_expr(f, AST_KID(it, 0));
                if (AST_KID(it, 1)) {
                    CN_KID(ic, 1) = fold_expr(f, AST_KID(it, 1));
                }
                CN_KID(c, i) = ic;
            }
            CN_KID(c, a->n - 1) = fold_block(f, AST_KID(a, a->n - 1), true);
            return CN_KID(c, a->n - 1) ? c : NULL;
        }
        case AST_FUNCDEF:
        case AST_CLASSDEF:
            return fold_def(f, a);
        case AST_BLOCK:
            return fold_block(f, a, false);
        default: {
            // del, pass, break, continue, raise, assert: children are plain expressions.
            cnode *c = stmt_node(f, a, a->kind, a->n);
            if (!c) {
                return NULL;
            }
            for (uint32_t i = 0; i < a->n; i++) {
                if (AST_KID(a, i)) {
                    CN_KID(c, i) = fold_expr(f, AST_KID(a, i));
                    if (!CN_KID(c, i)) {
                        return NULL;
                    }
                }
            }
            return c;
        }
    }
}

static cnode *fold_block(fold *f, const ast *a, bool is_suite) {
    cnode *c = cn_new(f, a->kind == AST_MODULE ? AST_MODULE : AST_BLOCK, a->n, a->span, 0);
    if (!c) {
        return NULL;
    }
    for (uint32_t i = 0; i < a->n; i++) {
        const ast *s = AST_KID(a, i);
        CN_KID(c, i) =
            s->kind == AST_BLOCK ? fold_block(f, s, false) : fold_stmt_in(f, s, a, i, is_suite);
        if (!CN_KID(c, i)) {
            return NULL;
        }
    }
    return c;
}

cnode *fold_module(comp_unit *u, const fold_config *cfg) {
    fold f = {
        .scan_stmt = UINT32_MAX,
        .u = u,
        .a = &u->arena,
        .names = &u->names,
        .text = u->src.text,
        .n_text = u->src.n_text,
        .small_int_bits = cfg->small_int_bits ? cfg->small_int_bits : 31,
    };
    f.q_const = intern_add(f.names, "const", 5);
    f.q_math = intern_add(f.names, "math", 4);
    f.q_template = intern_add(f.names, "__template__", 12);
    f.q_pi = intern_add(f.names, "pi", 2);
    f.q_e = intern_add(f.names, "e", 1);
    f.q_tau = intern_add(f.names, "tau", 3);
    f.q_inf = intern_add(f.names, "inf", 3);
    f.q_nan = intern_add(f.names, "nan", 3);
    if (!f.q_const || !f.q_math || !f.q_template || !f.q_pi || !f.q_e || !f.q_tau || !f.q_inf ||
        !f.q_nan) {
        oom(&f);
        return NULL;
    }
    for (size_t i = 0; i < sizeof builtin_long_qstrs / sizeof builtin_long_qstrs[0]; i++) {
        mark_text(&f, builtin_long_qstrs[i]);
    }
    mark_text(&f, cfg->file_name);
    mark_text(&f, cfg->source_name);
    cnode *root = fold_block(&f, u->tree, false);
    return f.failed ? NULL : root;
}
