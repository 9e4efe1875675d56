// The parser: tokens from the lexer in, an AST in the unit's arena out. Grammar actions only
// build nodes; facts about the code (targets, scopes, flags) are checked by sema afterwards.
#ifndef MPYC_PARSE_H
#define MPYC_PARSE_H

#include "../unit.h"

struct ast;

// Parses the whole unit; NULL after a syntax error (reported through the unit's diagnostics).
struct ast *parse_module(comp_unit *u);
// Human name of a token kind, as used in diagnostics and token dumps ("'if'", "name", ...).
const char *parse_token_name(int kind);

#endif
