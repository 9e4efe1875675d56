// A source file held in memory: its name, its text (line endings normalised to '\n',
// NUL-terminated, owned by the unit's arena) and a table of line starts built on first use.
// Positions are byte offsets (src_span); line and column are computed only when shown.
#ifndef MPYC_UTIL_SRC_H
#define MPYC_UTIL_SRC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct src_span {
    uint32_t off; // byte offset of the first character
    uint32_t len; // bytes covered; 0 for a point
} src_span;

typedef struct src_file {
    const char *name; // as given by the user; shown in diagnostics
    const char *text; // n_text bytes plus a terminating NUL
    uint32_t n_text;
    uint32_t *line_starts; // offset of the first byte of each line (built lazily)
    uint32_t n_lines;
    uint32_t last_line; // 0-based line of the previous src_line answer: lookups mostly go
                        // forward through the file, so the next one is tried there first
} src_file;

typedef struct src_pos {
    uint32_t line; // 1-based
    uint32_t col;  // 1-based, in code points, tabs advance to the next multiple of 8
} src_pos;

// Largest source accepted: offsets must fit in 32 bits with room to spare.
#define SRC_MAX_BYTES ((size_t)1 << 30)

// Copies len bytes into the arena, turning "\r\n" and lone '\r' into '\n'. False on no memory.
bool src_init(src_file *f, arena *a, const char *name, const char *bytes, size_t len);
// 1-based line of an offset (the previous answer's line or the next, else a binary search).
uint32_t src_line(src_file *f, arena *a, uint32_t off);
src_pos src_position(src_file *f, arena *a, uint32_t off);
// The line holding off, without its '\n': sets *len and returns its start.
const char *src_line_text(src_file *f, arena *a, uint32_t off, uint32_t *len);
src_span src_join(src_span a, src_span b);

#endif
