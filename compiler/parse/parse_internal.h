// Parser state shared by the grammar's actions and the AST constructors.
#ifndef MPYC_PARSE_INTERNAL_H
#define MPYC_PARSE_INTERNAL_H

#include "../lex/lex.h"
#include "../unit.h"

struct ast;

typedef struct parse_ctx {
    comp_unit *u;
    lex_state *lx;
    struct ast *result;
} parse_ctx;

// Semantic values: tokens carry the lexer's value, nonterminals an AST node.
union parse_value {
    lex_value tok;
    struct ast *node;
};

#endif
