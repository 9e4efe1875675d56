// A compilation unit: one source file and everything built from it (tokens' payloads, AST,
// interned names, diagnostics state), owned by one arena and freed by unit_fini(). Units share
// nothing, so any number may be compiled in one process, one after another or side by side.
#ifndef MPYC_UNIT_H
#define MPYC_UNIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/diag.h"
#include "util/intern.h"
#include "util/src.h"

struct ast;

typedef struct unit_options {
    int opt_level; // -O level: >= 1 turns __debug__ into False
} unit_options;

// Stock's lexer reads the text it injects for an f-string or t-string (the `.format(...)` or
// `__template__(...)` arguments, copied from the literal) after the literal, and counts the
// newlines in that text a second time. From source offset `off` on, its line numbers are
// `extra` lines past the source's (compile/fold.c mirrors them); most files have no entry.
typedef struct unit_line_shift {
    uint32_t off, extra;
} unit_line_shift;

typedef struct comp_unit {
    arena arena;
    src_file src;
    diag diag;
    intern_table names;
    unit_options opts;
    struct ast *tree;             // the module, once parsed (NULL after a syntax error)
    unit_line_shift *line_shifts; // by increasing off, set by the lexer
    uint32_t n_line_shifts, cap_line_shifts;
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
