// The compiler: a parsed and checked unit (comp_unit.tree) in, the bytes of a .mpy v6.3 file
// out, laid out as stock mpy-cross 1.29 lays it out (compiler-semantics.md). It folds the tree
// as stock's parser does, analyses scopes, drives the bytecode emitter through its passes and
// hands the result to the .mpy writer. Errors go to the unit's diagnostics; nothing prints.
#ifndef MPYC_COMPILE_H
#define MPYC_COMPILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../unit.h"

// Which emitter compiles functions that carry no decorator choosing one (-X emit=...).
typedef enum comp_emit {
    COMP_EMIT_BYTECODE,
    COMP_EMIT_NATIVE,
    COMP_EMIT_VIPER,
} comp_emit;

typedef struct comp_options {
    // qstr-table entry 0 (mpy-cross -s, default: the file name as given, '\' turned into
    // '/'). NULL means the unit's file name.
    const char *source_name;
    uint8_t small_int_bits; // -msmall-int-bits=N; 0 means 31
    bool no_lines;          // -X no-source-lines (-O3 and above imply it)
    comp_emit emit;         // -X emit=...
    uint8_t arch;           // -march=: mpy_arch number, in the header only if code is native
    uint32_t arch_flags;    // -march-flags=: rv32 extensions; non-zero is always in the header
} comp_options;

#define COMP_DEFAULT_OPTIONS ((comp_options){.small_int_bits = 31})

// Compiles u->tree (after unit_parse and unit_check succeeded) into a .mpy file. The bytes
// live in the unit's arena. False after any diagnostic (nothing is written then). The
// optimisation level comes from u->opts.opt_level (>= 1 drops asserts, >= 3 drops lines).
bool comp_module(comp_unit *u, const comp_options *opt, const uint8_t **out, size_t *out_len);

#endif
