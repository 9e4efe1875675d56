// The .mpy writer: turns the emitted module (qstr table, object table, raw-code tree of an
// emit_module) into the bytes of a .mpy v6.3 file, with stock mpy-cross's exact encodings
// (mpy-format.md). It writes into memory only; the caller decides where the bytes go.
#ifndef MPYC_MPY_WRITE_H
#define MPYC_MPY_WRITE_H

#include <stddef.h>
#include <stdint.h>

#include "../emit/emit.h"
#include "../util/arena.h"

typedef struct mpyw_options {
    uint8_t small_int_bits; // header byte 3: 31 unless -msmall-int-bits=N
    uint8_t arch;           // mpy_arch of the native code, if any raw code is native
    uint32_t arch_flags;    // rv32 extension flags; non-zero adds the arch-flags field
} mpyw_options;

#define MPYW_DEFAULT_OPTIONS ((mpyw_options){.small_int_bits = 31})

typedef enum mpyw_status {
    MPYW_OK = 0,
    MPYW_NO_MEMORY,
    MPYW_INCOMPLETE, // the module has no root, or some raw code was never emitted
    MPYW_TOO_BIG,    // a length the format cannot express
} mpyw_status;

// Writes the whole file for module m (m->root is the module's raw code) into a buffer
// allocated from arena a; *out and *out_len receive it. Nothing is written on failure.
mpyw_status mpyw_write(const emit_module *m, const mpyw_options *opt, arena *a, const uint8_t **out,
                       size_t *out_len);

#endif
