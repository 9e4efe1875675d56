// mpytool's library: reads a .mpy v6 file into a model (mpyt_parse) and prints it as a summary
// (mpyt_info) or as a full disassembly (mpyt_dis). Every byte of the input is untrusted: each
// read is bounds-checked, counts are checked against the bytes left before anything is
// allocated, nesting is capped, and a malformed file yields an mpyt_error naming the file
// offset of the bad field. The library writes only to the FILE * it is given.
#ifndef MPYT_H
#define MPYT_H

#include <stdbool.h>
#include <stddef.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

#include "format/mpy_format.h"

// Deepest nesting of raw codes (functions inside functions) and of constant tuples accepted.
#define MPYT_MAX_DEPTH 100

typedef struct {
    size_t offset; // file offset of the field that was bad
    char msg[192]; // what was wrong, lowercase, no final period
} mpyt_error;

typedef struct mpyt_pool mpyt_pool; // owns every allocation of one parsed file

// One qstr-table entry (mpy-format.md 5).
typedef struct {
    size_t off;          // file offset of the entry
    const uint8_t *str;  // the text (points into the file or the static table), not terminated
    uint32_t len;        // bytes
    uint32_t static_idx; // 1..165 for a static reference, 0 when spelled out
} mpyt_qstr;

// One object-table entry (mpy-format.md 6).
typedef struct mpyt_obj {
    size_t off;             // file offset of the type byte
    uint8_t type;           // mpy_obj_type
    const uint8_t *data;    // STR/BYTES/INT/FLOAT/COMPLEX payload (points into the file)
    uint32_t len;           // payload bytes, or number of items of a TUPLE
    struct mpyt_obj *items; // TUPLE items
} mpyt_obj;

// A decoded prelude (mpy-format.md 8): bytecode raw codes and native-Python ones.
typedef struct {
    mpy_prelude_sig sig;
    mpy_prelude_size size;
    uint32_t start;      // offset in fun_data of the signature
    uint32_t info_start; // offset in fun_data of the source-info section
    uint32_t simple_name;
    uint32_t *arg_names; // n_pos_args + n_kwonly_args qstr indices
    uint32_t n_arg_names;
    uint32_t lines_start; // line-number table: [lines_start, cells_start)
    uint32_t cells_start; // cell local numbers: n_cell bytes
    uint32_t code_start;  // bytecode: first instruction (= cells_start + n_cell)
} mpyt_prelude;

// One raw code (mpy-format.md 7, 9), with its children.
typedef struct mpyt_rc {
    uint32_t index;     // position in file order (depth-first, parent first)
    size_t off;         // file offset of kind_len
    uint8_t kind;       // mpy_code_kind
    size_t fun_off;     // file offset of fun_data
    const uint8_t *fun; // fun_data (points into the file)
    uint32_t fun_len;
    bool has_prelude; // bytecode and native Python
    mpyt_prelude prelude;
    uint32_t prelude_offset; // native Python: where the prelude starts in fun_data
    uint32_t scope_flags;    // viper and asm: the scope-flags vuint
    uint32_t asm_n_args;     // asm: number of arguments
    uint32_t asm_type_sig;   // asm: return type (mpy_asm_type)
    const uint8_t *rodata;   // viper: rodata bytes (points into the file)
    uint32_t rodata_len;
    uint32_t bss_len;     // viper: bss bytes (not stored)
    const uint8_t *reloc; // viper with VIPERRELOC: the relocation stream, after the children
    size_t reloc_off;     // its file offset
    uint32_t reloc_len;   // bytes of the stream including the final 0xff
    uint32_t n_children;
    struct mpyt_rc *children;
    struct mpyt_rc *parent;
} mpyt_rc;

typedef struct {
    mpyt_pool *pool;
    size_t len; // bytes in the file
    uint8_t header[4];
    unsigned sub_version;
    unsigned arch; // mpy_arch, may be unknown (14, 15)
    bool has_arch_flags;
    uint32_t arch_flags;
    uint32_t n_qstr;
    mpyt_qstr *qstrs;
    uint32_t n_obj;
    mpyt_obj *objs;
    mpyt_rc root; // the module
    uint32_t n_raw_codes;
    size_t end; // offset just after the module raw code (trailing bytes follow)
} mpyt_file;

// Reads a whole file. Returns NULL (and fills *err) if it is malformed or memory runs out.
mpyt_file *mpyt_parse(const uint8_t *buf, size_t len, mpyt_error *err);
void mpyt_free(mpyt_file *f);

// Prints the summary of `mpytool info`. The model is already validated: this cannot fail.
void mpyt_info(const mpyt_file *f, FILE *out);

// Prints the disassembly of `mpytool dis`, validating every instruction on the way. Returns
// false (with *err filled, and the listing printed up to the bad raw code) on bad bytecode.
bool mpyt_dis(const mpyt_file *f, FILE *out, mpyt_error *err);

// Prints the rows of source text in a listing: called by mpyt_dis_source before the first
// instruction of each new source line of a raw code that has a line-number table.
typedef void (*mpyt_line_fn)(void *ctx, FILE *out, uint64_t line);

// mpyt_dis with the source shown: line_fn prints a row for each source line, and the
// instruction rows leave their line column blank where it did.
bool mpyt_dis_source(const mpyt_file *f, FILE *out, mpyt_error *err, mpyt_line_fn line_fn,
                     void *ctx);

// Parses and prints in one call ("info" or "dis"); what the CLI and the fuzzer run.
typedef enum { MPYT_CMD_INFO, MPYT_CMD_DIS } mpyt_command;
bool mpyt_run(mpyt_command cmd, const uint8_t *buf, size_t len, FILE *out, mpyt_error *err);

// Python-style repr of a str (is_bytes false: UTF-8, invalid bytes escaped) or bytes value.
void mpyt_print_repr(FILE *out, const uint8_t *s, size_t len, bool is_bytes);
// An object-table entry as Python would show it, cut to about `max_len` characters
// (SIZE_MAX: whole) with "..." marking the cut.
void mpyt_print_obj(FILE *out, const mpyt_obj *o, size_t max_len);

#endif // MPYT_H
