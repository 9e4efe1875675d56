// AST tables and constructors.
#include "ast.h"

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
