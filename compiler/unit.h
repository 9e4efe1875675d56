// A compilation unit: one source file and everything built from it (tokens' payloads, AST,
// interned names, diagnostics state), owned by one arena and freed by unit_fini(). Units share
// nothing, so any number may be compiled in one process, one after another or side by side.
#ifndef MPYC_UNIT_H
#define MPYC_UNIT_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/diag.h"
#include "util/intern.h"
#include "util/src.h"

struct ast;

typedef struct unit_options {
    int opt_level; // -O level: >= 1 turns __debug__ into False
} unit_options;

typedef struct comp_unit {
    arena arena;
    src_file src;
    diag diag;
    intern_table names;
    unit_options opts;
    struct ast *tree; // the module, once parsed (NULL after a syntax error)
} comp_unit;

// Copies the bytes; false (with a diagnostic through fn) when memory ran out.
bool unit_init(comp_unit *u, const char *name, const char *bytes, size_t len,
               const unit_options *opts, diag_fn fn, void *ctx);
void unit_fini(comp_unit *u);

// Lexes and parses the source into u->tree; false after any error.
bool unit_parse(comp_unit *u);
// The checks CPython makes before running (scope and target rules); false after any error.
bool unit_check(comp_unit *u);

#endif
