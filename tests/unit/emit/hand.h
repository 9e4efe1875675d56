// A hand-driven stand-in for the compiler in emitter tests: scopes and identifiers are declared
// by the test (already classified and numbered, as the compiler's scope pass would leave
// them), each scope's body is a C function that makes the emitter calls the compiler would
// make, and hand_compile() runs the passes in stock's order and writes the .mpy.
#ifndef MPYC_TESTS_HAND_H
#define MPYC_TESTS_HAND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emit/emit.h"
#include "mpy/mpy_write.h"
#include "util/arena.h"
#include "util/intern.h"

typedef struct hand hand;
typedef void (*hand_body)(hand *h);

enum { HAND_MAX_SCOPES = 32 };

struct hand {
    arena arena;
    intern_table names;
    emit_module m;
    emit *e;
    const emit_ops *ops;
    emit_pass pass;
    scope *cur;                     // scope being compiled
    scope *scopes[HAND_MAX_SCOPES]; // in scope-list order
    hand_body bodies[HAND_MAX_SCOPES];
    int n_scopes;
    uint32_t next_label;
    int n_emit_passes;   // EMIT passes the last scope needed
    int max_emit_passes; // the most any scope needed
    mpyw_options opt;    // for the writer (MPYW_DEFAULT_OPTIONS)
};

// Sets up an empty unit whose source file is named `source` (qstr 0).
void hand_init(hand *h, const char *source);
void hand_fini(hand *h);

intern_id hand_q(hand *h, const char *s);
// Appends a scope to the scope list; `body` emits its code. A scope without a body stands for
// native code: it only has its scope pass, and the test fills its raw code.
scope *hand_scope(hand *h, scope_kind kind, const char *name, scope *parent, hand_body body);
// Adds an identifier to s, already classified (kind) and numbered (local_num).
scope_id *hand_id(hand *h, scope *s, const char *name, scope_id_kind kind, unsigned flags,
                  unsigned local_num);

// Runs every pass over every scope and writes the file. false when the emitter or the writer
// reported an error (the error code is then in h->m.error or *status).
bool hand_compile(hand *h, const uint8_t **out, size_t *len, mpyw_status *status);
// The two halves of hand_compile: the passes (false on an emitter error), then the writer.
bool hand_run_passes(hand *h);
bool hand_write(hand *h, const uint8_t **out, size_t *len, mpyw_status *status);

// What a compiler does for a name: nothing in the scope pass, else the instruction the
// identifier's kind calls for. The name must have been declared with hand_id.
void hand_load(hand *h, const char *name);
void hand_store(hand *h, const char *name);
void hand_delete(hand *h, const char *name);
uint32_t hand_label(hand *h);
void hand_line(hand *h, uint32_t line);

// Shorthands for the emitter calls: EM(h, jump, l) is h->ops->jump(h->e, l).
#define EM(h, fn, ...) ((h)->ops->fn((h)->e, __VA_ARGS__))
#define EM0(h, fn) ((h)->ops->fn((h)->e))

// The bytes of a committed golden file (tests/golden/emit/<name>), malloc'd, or NULL.
uint8_t *hand_read_golden(const char *name, size_t *len);
// "" when equal, else a description of the first difference (malloc'd either way).
char *hand_diff(const uint8_t *got, size_t got_len, const uint8_t *want, size_t want_len);

#endif
