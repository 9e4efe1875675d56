// Checks made after parsing that CPython reports as SyntaxError before running anything:
// misplaced return/yield/await/break/continue, global and nonlocal rules, parameter and
// argument rules, assignment and deletion targets, star expressions, `import *` placement.
// Reads the AST, reports through the unit's diagnostics, changes nothing.
#ifndef MPYC_SEMA_H
#define MPYC_SEMA_H

#include "../unit.h"

struct ast;

void sema_check(comp_unit *u, struct ast *root);

#endif
