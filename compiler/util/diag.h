// The one sink for diagnostics: `file:line:col: severity: message`, the source line and a caret
// line. The library never prints: each finished diagnostic goes to a host callback as text.
// At most max_errors errors are reported per unit; after that one "too many errors" and silence.
#ifndef MPYC_UTIL_DIAG_H
#define MPYC_UTIL_DIAG_H

#include <stdbool.h>
#include <stdint.h>

#include "src.h"

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } diag_severity;

// Receives one complete diagnostic (several lines, each ending in '\n').
typedef void (*diag_fn)(void *ctx, diag_severity sev, const char *text);

typedef struct diag {
    src_file *src;
    arena *arena; // for the line table
    diag_fn fn;
    void *fn_ctx;
    uint32_t n_errors;
    uint32_t n_warnings;
    uint32_t max_errors;         // default 20
    uint32_t quiet_lo, quiet_hi; // errors starting in [quiet_lo, quiet_hi) are not reported again
    bool too_many;               // the "too many errors" line was given
    bool last_shown;             // whether the previous error was shown (notes follow it)
} diag;

void diag_init(diag *d, src_file *src, arena *a, diag_fn fn, void *ctx);
void diag_error(diag *d, src_span sp, const char *fmt, ...) PRINTF_LIKE(3, 4);
void diag_warn(diag *d, src_span sp, const char *fmt, ...) PRINTF_LIKE(3, 4);
// A note belongs to the diagnostic before it and is dropped when that one was.
void diag_note(diag *d, src_span sp, const char *fmt, ...) PRINTF_LIKE(3, 4);
// Marks [sp.off, sp.off+len) as already reported: later errors starting inside are dropped.
void diag_quiet(diag *d, src_span sp);
static inline bool diag_has_errors(const diag *d) {
    return d->n_errors > 0;
}

// Writes a diagnostic with no source position (I/O and usage problems): `file: error: msg`.
void diag_plain(diag_fn fn, void *ctx, const char *file, const char *fmt, ...) PRINTF_LIKE(4, 5);

#endif
