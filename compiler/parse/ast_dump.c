// AST dumper.
#include "ast.h"
#include "../unit.h"
#include "../util/strbuf.h"

void ast_dump(struct comp_unit *u, const ast *root, struct strbuf *out) {
    (void)u;
    (void)root;
    (void)out;
}
