// Parser state shared by the grammar's actions and the AST constructors (ast.c). The
// constructors are the only code the grammar's actions call: each builds one node (or grows a
// list) in the unit's arena and returns it. On out-of-memory they return NULL and the parse is
// reported as failed at the end, so actions never need to test anything.
#ifndef MPYC_PARSE_INTERNAL_H
#define MPYC_PARSE_INTERNAL_H

#include "../lex/lex.h"
#include "../unit.h"
#include "ast.h"

// The last few tokens, for error messages that depend on what came before.
typedef struct parse_tok {
    int kind; // token kind (0 at the end of input)
    src_span span;
    intern_id name; // for NAME tokens
} parse_tok;

union parse_value;

enum {
    PARSE_MAX_HELD = 64,      // diagnostics held back after the first syntax error
    PARSE_MAX_BRACKETS = 256, // open brackets tracked for messages (the lexer stops at 200)
    PARSE_MSG_MAX = 160,
};

// A diagnostic held back after the first syntax error until the whole file has been lexed: as
// in CPython, most errors of the lexer anywhere in the file are shown before the parser's.
typedef struct parse_held {
    char *text; // formatted diagnostic with its notes (arena)
    diag_severity sev;
    bool from_lexer; // a lexer error that CPython would report instead of the syntax error
} parse_held;

typedef struct parse_ctx {
    comp_unit *u;
    lex_state *lx;
    struct ast *result;

    // Small-object allocator over the arena: nodes and child arrays are carved from chunks.
    char *bump_cur, *bump_end;

    // Token history kept by the lexer wrapper (read only when a syntax error is reported).
    parse_tok last;        // the most recent token returned to the parser
    parse_tok prev;        // the one before it
    parse_tok prev2;       // and the one before that
    parse_tok last_real;   // the most recent token that is not INDENT/DEDENT/end of input
    parse_tok line_first;  // first token of the logical line holding `last`
    parse_tok line_second; // second token of that line (kind 0 when there is none yet)
    parse_tok line_third;  // and its third
    parse_tok hdr_first;   // first token of the previous logical line
    parse_tok hdr_second;  // second token of the previous logical line
    int n_line_tokens;     // tokens seen on the current logical line
    bool at_line_start;    // the next token begins a logical line
    int depth;             // open brackets after `last`
    int depth_before_last; // open brackets before `last`
    uint32_t bracket_off[PARSE_MAX_BRACKETS]; // where the open brackets are (innermost last)

    // The parser's stacks, reached through %initial-action (for error messages only).
    union parse_value **vsp_ref; // address of the parser's value-stack pointer
    src_span **lsp_ref;          // address of the parser's location-stack pointer
    uint32_t n_errors_start;     // diagnostics count when parsing began
    bool stack_exhausted;        // the parser ran out of stack (deeply nested input)
    parse_held held[PARSE_MAX_HELD];
    int n_held;
    bool holding;     // diagnostics go to held[] (the sink's callback is swapped)
    bool in_lexer;    // inside lex_next (its diagnostics are the lexer's)
    diag_fn saved_fn; // the sink's own callback while holding
    void *saved_fn_ctx;
    uint32_t first_error_line; // line of the first syntax error (0: none yet)
    uint32_t n_after_error;    // tokens read after the one that did not fit
    uint32_t furthest_line;    // line of the first of them (UINT32_MAX: the end of the text)
    bool error_starts_operand; // the token that did not fit can begin an expression
    uint32_t error_token_line; // and its line
} parse_ctx;

// Semantic values: tokens carry the lexer's value, nonterminals an AST node.
union parse_value {
    lex_value tok;
    struct ast *node;
};

// ---- constructors (ast.c) ----
// Leaves.
ast *ast_leaf(parse_ctx *cx, src_span sp, ast_kind kind); // PASS, BREAK, ...
ast *ast_name(parse_ctx *cx, src_span sp, intern_id name);
ast *ast_number(parse_ctx *cx, src_span sp, const lex_num *num);
ast *ast_string(parse_ctx *cx, src_span sp, const lex_str *str); // STR or BYTES
ast *ast_constant(parse_ctx *cx, src_span sp, ast_const value);
ast *ast_op(parse_ctx *cx, src_span sp, int op); // OP leaf (binop or cmpop)

// Fixed-arity nodes (children may be NULL where optional).
ast *ast_new1(parse_ctx *cx, src_span sp, ast_kind kind, ast *a);
ast *ast_new2(parse_ctx *cx, src_span sp, ast_kind kind, ast *a, ast *b);
ast *ast_new3(parse_ctx *cx, src_span sp, ast_kind kind, ast *a, ast *b, ast *c);
ast *ast_new4(parse_ctx *cx, src_span sp, ast_kind kind, ast *a, ast *b, ast *c, ast *d);
ast *ast_unary(parse_ctx *cx, src_span sp, ast_unop op, ast *operand);
ast *ast_param(parse_ctx *cx, src_span sp, ast_param_kind kind, ast *name, ast *ann, ast *dflt);
// AUG_ASSIGN: op is an OP leaf holding the ast_binop.
ast *ast_augassign(parse_ctx *cx, src_span sp, ast *target, ast *op, ast *value);
// SLICE; has_step when the second ':' was written.
ast *ast_slice(parse_ctx *cx, src_span sp, ast *lo, ast *hi, ast *step, bool has_step);
// FUNCDEF and CLASSDEF without decorators.
ast *ast_funcdef(parse_ctx *cx, src_span sp, ast *name, ast *params, ast *returns, ast *body);
ast *ast_classdef(parse_ctx *cx, src_span sp, ast *name, ast *args, ast *body);

// Lists: a node of a list kind whose children grow by pushes (amortised O(1)).
ast *ast_list0(parse_ctx *cx, src_span sp, ast_kind kind);
ast *ast_list1(parse_ctx *cx, src_span sp, ast_kind kind, ast *a);
ast *ast_list2(parse_ctx *cx, src_span sp, ast_kind kind, ast *a, ast *b);
ast *ast_list_push(parse_ctx *cx, src_span sp, ast *list, ast *item);
ast *ast_list_concat(parse_ctx *cx, src_span sp, ast *list, ast *more);
// Operators. `a op b` where a is already a run of the same precedence level written without
// parentheses extends that node (BINOP and COMPARE chains, BOOLOP lists), as MicroPython keeps
// `a + b - c` as one node; otherwise a new node. '**' always makes a new node of two.
ast *ast_binary(parse_ctx *cx, src_span sp, ast *a, ast_binop op, src_span op_sp, ast *b);
ast *ast_compare(parse_ctx *cx, src_span sp, ast *a, ast *op, ast *b); // op: an OP leaf
ast *ast_boolean(parse_ctx *cx, src_span sp, ast_boolop op, ast *a, ast *b);
// Marks an expression written in parentheses (its span stays the inner one, as in CPython).
ast *ast_paren(parse_ctx *cx, ast *node);
// `()`: an empty TUPLE flagged AST_PAREN, like every tuple written with parentheses.
ast *ast_empty_tuple(parse_ctx *cx, src_span sp);
// Changes a list's kind (names list to GLOBAL/NONLOCAL) or sets flags, updating the span.
ast *ast_retag(parse_ctx *cx, src_span sp, ast *node, ast_kind kind);
ast *ast_flag(parse_ctx *cx, src_span sp, ast *node, unsigned flags);

// Composite statements and expressions.
// IF: elifs is a list of ELIF nodes (or NULL), copied in after the body; the orelse (or NULL)
// comes last, so a chain of any length is one flat node.
ast *ast_if(parse_ctx *cx, src_span sp, ast *test, ast *body, ast *elifs, ast *orelse);
// TRY: handlers may be NULL.
ast *ast_try(parse_ctx *cx, src_span sp, ast *body, ast *handlers, ast *orelse, ast *finalbody);
ast *ast_decorated(parse_ctx *cx, src_span sp, ast *decorators, ast *def);
ast *ast_async(parse_ctx *cx, src_span sp, ast *stmt);
// A decorator: MicroPython takes only a dotted name, optionally called.
ast *ast_decorator(parse_ctx *cx, src_span sp, ast *expr);
// IMPORT_FROM: dots is a DOTTED_NAME-less count node from ast_dots (or NULL), names a list.
ast *ast_dots(parse_ctx *cx, src_span sp, ast *dots, int n);
ast *ast_import_from(parse_ctx *cx, src_span sp, ast *dots, ast *module, ast *names);
// CALL from a callee and an ARGS list (or NULL); checks where generator arguments stand.
ast *ast_call(parse_ctx *cx, src_span sp, ast *func, ast *args);
// Comprehensions: kind is LISTCOMP/SETCOMP/GENEXP/DICTCOMP; clauses a list of COMP_FOR/COMP_IF.
ast *ast_comp(parse_ctx *cx, src_span sp, ast_kind kind, ast *elt, ast *clauses, unsigned flags);
// KEYWORD from `expr = value`: the left side must be a plain name.
ast *ast_keyword(parse_ctx *cx, src_span sp, ast *name, ast *value);
// NAMED_EXPR from `expr := value`: the left side must be a plain name.
ast *ast_named_expr(parse_ctx *cx, src_span sp, ast *target, ast *value);
// Valid Python that MicroPython does not accept: reports "<what> ... not supported" at sp and
// returns node unchanged (the parse then fails).
ast *ast_unsupported(parse_ctx *cx, src_span sp, const char *what, ast *node);

#endif
