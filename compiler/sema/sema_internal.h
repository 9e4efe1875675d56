// Shared by the files of the post-parse checks (check.c, check_scope.c, check_flow.c): the
// checker state, the buffered errors and the helpers all three walks use.
//
// CPython finds syntax errors in stages (parser, symbol table, symbol analysis, code generator)
// and stops at the first. We keep going, so each walk buffers its errors under its stage and
// the driver reports stage by stage: the first error shown is the one CPython would report.
// Every walk is recursive with a depth counter and never goes below AST_MAX_DEPTH, so no input
// can overflow the C stack; the first walk reports the first node that is too deep.
#ifndef MPYC_SEMA_INTERNAL_H
#define MPYC_SEMA_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "../parse/ast.h"
#include "sema.h"

typedef enum check_phase {
    PHASE_LIMIT,       // the nesting-depth guard
    PHASE_PARSE,       // what CPython's parser rejects: targets, argument and parameter order
    PHASE_FUTURE,      // CPython's `from __future__` pass
    PHASE_SYMTABLE,    // CPython's symbol table: global/nonlocal, duplicate parameters, import *
    PHASE_ANALYSIS,    // CPython's symbol analysis: nonlocal bindings
    PHASE_COMPILE,     // CPython's code generator: misplaced return/yield/await/break/continue...
    PHASE_MICROPYTHON, // what only MicroPython rejects (CPython compiles it)
    PHASE_WARNING,     // what CPython rejects but stock mpy-cross compiles and real code uses:
                       // reported as a warning so that every file mpy-cross takes still compiles
    N_PHASES
} check_phase;

typedef struct check_error {
    src_span span;
    uint8_t phase;     // check_phase
    uint64_t mp_order; // PHASE_MICROPYTHON: where MicroPython meets it (see mp_order)
    const bool *cond;  // reported only if *cond holds once the walks are done (NULL: always)
    const char *msg;   // formatted, in the unit arena
} check_error;

typedef struct checker {
    comp_unit *u;
    const char *text; // the source text (NUL-terminated), for punctuation look-ups
    uint32_t n_text;
    check_error *errs; // in the arena, grown by doubling
    uint32_t n_errs, cap_errs;
    uint32_t n_firm[N_PHASES]; // unconditional errors buffered per phase (capped)
    bool too_deep;             // the depth error was given
    bool no_memory;            // an allocation failed: reported once at the end
    uint32_t future_line;      // line of the last `from __future__` import at the top, or 0
    bool future_annotations;   // `from __future__ import annotations`: annotations are text
    // MicroPython compiles scope after scope, breadth first, and stops at its first error, so
    // its errors are ordered by the depth of their scope, then the scope's place in the text
    // (siblings do not overlap). The walks set this before reporting such an error.
    uint64_t mp_order;
    // Names the checks compare against; 0 when the source never spells them.
    intern_id id_debug, id_class, id_super, id_format, id_micropython;
} checker;

// Buffers an error of the given phase; cond as in check_error.
void sema_error(checker *c, check_phase ph, src_span sp, const bool *cond, const char *fmt, ...)
    PRINTF_LIKE(5, 6);
// The same for a message that is a string literal (kept without a copy).
void sema_error_lit(checker *c, check_phase ph, src_span sp, const bool *cond, const char *msg);
// True when depth is past AST_MAX_DEPTH: the caller must not look below n.
bool sema_too_deep(checker *c, const ast *n, unsigned depth);
// Arena allocation that records failure.
void *sema_alloc(checker *c, size_t size);

// How CPython names an expression in messages: "function call", "literal", "True", ...
const char *sema_expr_name(const checker *c, const ast *e);
// `__debug__` as a name (or as the constant a lexer may turn it into).
bool sema_is_debug(const checker *c, const ast *e);
// Whether e is a group: written inside parentheses of its own, `(e)` (not a tuple's).
bool sema_in_parens(const ast *e);
// The `def`/`async def`/`class` keyword before the name of a definition (CPython places
// errors about the definition there), or the name's span when the text is not as expected.
src_span sema_def_span(const checker *c, const ast *name);
const char *sema_name(const checker *c, const ast *name);
// Whether n is `from __future__ import ...` (CPython ignores the leading dots).
bool sema_is_future(const checker *c, const ast *n);
uint32_t sema_line(checker *c, src_span sp);

static inline uint64_t sema_mp_order(uint32_t scope_depth, uint32_t scope_off) {
    return ((uint64_t)scope_depth << 32) | scope_off;
}

// The walks, in the order the driver runs them.
void sema_walk_syntax(checker *c, const ast *root);
void sema_walk_scopes(checker *c, const ast *root);
void sema_walk_flow(checker *c, const ast *root);

#endif
