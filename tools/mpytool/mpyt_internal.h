// mpytool: helpers shared by the info printer (mpyt_print.c) and the disassembler
// (mpyt_dis.c). Not part of the library's interface.
#ifndef MPYT_INTERNAL_H
#define MPYT_INTERNAL_H

#include "mpyt.h"

const char *mpyt_kind_name(unsigned kind);     // "bytecode", "native", "viper", "asm"
const char *mpyt_obj_type_name(unsigned type); // "str", "tuple", ...
void mpyt_print_name(FILE *out, const mpyt_file *f, uint32_t qstr_index);
void mpyt_print_rc_name(FILE *out, const mpyt_file *f, const mpyt_rc *rc);
void mpyt_print_flags(FILE *out, uint32_t flags); // "0x0e (varkeywords varargs defkwargs)"
void mpyt_print_header(FILE *out, const mpyt_file *f);
void mpyt_print_prelude(FILE *out, const mpyt_file *f, const mpyt_rc *rc, const char *indent);

#endif // MPYT_INTERNAL_H
