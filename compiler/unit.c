// Compilation units: set-up and tear-down, and the front-end steps in order.
#include "unit.h"

#include <string.h>

#include "parse/parse.h"
#include "sema/sema.h"

bool unit_init(comp_unit *u, const char *name, const char *bytes, size_t len,
               const unit_options *opts, diag_fn fn, void *ctx) {
    memset(u, 0, sizeof(*u));
    arena_init(&u->arena);
    if (opts) {
        u->opts = *opts;
    }
    if (len >= SRC_MAX_BYTES) {
        diag_plain(fn, ctx, name, "file too large (%zu bytes)", len);
        return false;
    }
    if (!src_init(&u->src, &u->arena, name, bytes, len) || !intern_init(&u->names, &u->arena)) {
        diag_plain(fn, ctx, name, "out of memory");
        return false;
    }
    diag_init(&u->diag, &u->src, &u->arena, fn, ctx);
    return true;
}

void unit_fini(comp_unit *u) {
    intern_fini(&u->names);
    arena_fini(&u->arena);
}

bool unit_parse(comp_unit *u) {
    u->tree = parse_module(u);
    return u->tree != NULL && !diag_has_errors(&u->diag);
}

// The checks only read the tree, and their tables die with them: the arena is rewound after
// them so that the compiler reuses that memory (a quarter of the front end's on large files).
// The line table, which their diagnostics need and which must outlive them, is made first.
bool unit_check(comp_unit *u) {
    if (!u->tree) {
        return false;
    }
    src_line(&u->src, &u->arena, 0);
    // Without memory for the table now, the checks may build it: then it must stay.
    bool rewind = u->src.line_starts != NULL;
    arena_mark m = arena_save(&u->arena);
    sema_check(u, u->tree);
    if (rewind) {
        arena_rewind(&u->arena, m);
    }
    return !diag_has_errors(&u->diag);
}
