// The abstract syntax tree. One node type for every kind (ast_kinds.def): a kind, an operator
// or sub-kind, flags, a source span, and either children or a leaf value. Nodes live in the
// unit's arena. Only the parser builds nodes; sema and the code generator read them.
#ifndef MPYC_AST_H
#define MPYC_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "../lex/lex.h"
#include "../util/src.h"

typedef enum ast_kind {
#define AST(kind, arity, name) AST_##kind,
#include "ast_kinds.def"
#undef AST
    AST_N_KINDS
} ast_kind;

// Operators of BINOP chains (on their OP children) and of AUG_ASSIGN.
typedef enum ast_binop {
    AST_OP_OR,
    AST_OP_XOR,
    AST_OP_AND,
    AST_OP_LSHIFT,
    AST_OP_RSHIFT,
    AST_OP_ADD,
    AST_OP_SUB,
    AST_OP_MUL,
    AST_OP_MATMUL,
    AST_OP_FLOORDIV,
    AST_OP_TRUEDIV,
    AST_OP_MOD,
    AST_OP_POW,
} ast_binop;

typedef enum ast_unop { AST_UNOP_POS, AST_UNOP_NEG, AST_UNOP_INVERT, AST_UNOP_NOT } ast_unop;
typedef enum ast_boolop { AST_BOOL_OR, AST_BOOL_AND } ast_boolop;
typedef enum ast_cmpop {
    AST_CMP_LT,
    AST_CMP_GT,
    AST_CMP_EQ,
    AST_CMP_LE,
    AST_CMP_GE,
    AST_CMP_NE,
    AST_CMP_IN,
    AST_CMP_NOT_IN,
    AST_CMP_IS,
    AST_CMP_IS_NOT,
} ast_cmpop;
typedef enum ast_const {
    AST_CONST_NONE,
    AST_CONST_TRUE,
    AST_CONST_FALSE,
    AST_CONST_ELLIPSIS
} ast_const;
typedef enum ast_param_kind {
    AST_PARAM_POS,   // name [: ann] [= default]
    AST_PARAM_STAR,  // *name [: ann], or a bare '*' (name NULL)
    AST_PARAM_DSTAR, // **name [: ann]
} ast_param_kind;

enum ast_flags {
    AST_ASYNC = 1 << 0,          // async def / for / with, async comprehension clause
    AST_PAREN = 1 << 1,          // written inside parentheses (tuples, generators, any operand)
    AST_SLICE_STEP = 1 << 2,     // a slice written with a second ':'
    AST_TRAILING_COMMA = 1 << 3, // a display or argument list ended with ','
};

// 24 bytes: leaves keep their value in u, inner nodes point at their n children.
typedef struct ast {
    uint8_t kind;   // ast_kind
    uint8_t op;     // operator or sub-kind (see the enums above)
    uint16_t flags; // enum ast_flags; for IMPORT_FROM the number of leading dots
    uint32_t n;     // number of children (0 for leaves)
    src_span span;
    union {
        struct ast **kids;  // inner nodes: n children (optional parts may be NULL)
        intern_id name;     // NAME
        const lex_num *num; // NUMBER
        const lex_str *str; // STR, BYTES
    } u;
} ast;

#define AST_KID(a, i) ((a)->u.kids[(i)])
// Limits shared by the parser and the checks: deeper input gets a diagnostic, never a crash.
enum { AST_MAX_DEPTH = 1000 };

// Static facts about kinds.
extern const char *const ast_kind_names[AST_N_KINDS];
extern const int8_t ast_kind_arity[AST_N_KINDS];
const char *ast_binop_text(ast_binop op); // "+", "//", ...
const char *ast_cmpop_text(ast_cmpop op); // "<", "not in", ...
// A short description of an expression for messages ("function call", "literal", ...).
const char *ast_describe(const ast *node);

struct comp_unit;
struct strbuf;
// Appends a readable dump of the tree (the format of `mpyc --dump=ast`) to out.
void ast_dump(struct comp_unit *u, const ast *root, struct strbuf *out);

#endif
