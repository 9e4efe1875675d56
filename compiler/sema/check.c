// Post-parse checks.
#include "sema.h"

void sema_check(comp_unit *u, struct ast *root) {
    (void)u;
    (void)root;
}
