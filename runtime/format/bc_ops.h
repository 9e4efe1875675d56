// The bytecode instruction set (bytecode.md): the bc_op enum, the bc_op_info[256] table and
// the operator tables, all expanded from bc_ops.def and bc_operators.def, compile-time checks
// that every row obeys the opcode-format rule, and a bounds-checked decoder of one
// instruction. Header-only and shared by the emitter, the loader's verifier, the VM and the
// disassembler; it allocates nothing and keeps no state.
//
// Other consumers expand bc_ops.def themselves with their own BC_OP and BC_RANGE. A computed-goto
// VM, for instance, fills its dispatch table as
//
//   static void *const dispatch[256] = {
//       [0 ... 255] = &&op_bad,
//   #define BC_OP(name, byte, operand, stack) [byte] = &&op_##name,
//   #define BC_RANGE(name, first, count, operand, stack, mnemonic)  // ranges: see bc_op_info
//   #include "format/bc_ops.def"
//   };
//
// and every expansion #undefs both macros afterwards, as this header does.
#ifndef BC_OPS_H
#define BC_OPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mpy_format.h"

// ---------------------------------------------------------------------------------------------
// Operand formats (bytecode.md 2.1). The high nibble of an opcode selects its format:
//
//   nibble     0    1     2     3     4       5..f
//   format     BYTE QSTR  VUINT VUINT OFFSET  BYTE
//
// packed two bits per nibble into the word 0x3a4 (nibble 0 in bits 1..0). An opcode also has
// one raw byte after its operand when (op & 0x9e) == 0 (MAKE_CLOSURE*, UNWIND_JUMP).

typedef enum {
    BC_FMT_BYTE = 0,   // no operand
    BC_FMT_QSTR = 1,   // vuint qstr-table index
    BC_FMT_VUINT = 2,  // vuint (or the signed var-int of LOAD_CONST_SMALL_INT)
    BC_FMT_OFFSET = 3, // jump offset, 1 or 2 bytes
} bc_format;

#define BC_FORMAT_WORD 0x000003a4u
#define BC_FORMAT(op) ((BC_FORMAT_WORD >> (2 * ((unsigned)(op) >> 4))) & 3u)
#define BC_HAS_EXTRA_BYTE(op) ((((unsigned)(op)) & 0x9eu) == 0)

// Operand kinds: the operand column of bc_ops.def (described there).
typedef enum {
    BC_OPND_BAD = 0, // unused opcode
    BC_OPND_NONE,
    BC_OPND_QSTR,
    BC_OPND_UINT,
    BC_OPND_LOCAL,
    BC_OPND_SINT,
    BC_OPND_OBJ,
    BC_OPND_CHILD,
    BC_OPND_CHILD_BYTE,
    BC_OPND_CALL,
    BC_OPND_UNPACK,
    BC_OPND_COMP,
    BC_OPND_SLABEL,
    BC_OPND_ULABEL,
    BC_OPND_SLABEL_BYTE,
    BC_OPND_EMB_INT,
    BC_OPND_EMB_LOCAL,
    BC_OPND_EMB_UNARY,
    BC_OPND_EMB_BINARY,
} bc_operand;

// The format each operand kind needs and whether it ends with a raw byte, as macros so that
// _Static_assert can compare them with BC_FORMAT() of the row's opcode.
#define BC_OPND_FMT_NONE BC_FMT_BYTE
#define BC_OPND_FMT_QSTR BC_FMT_QSTR
#define BC_OPND_FMT_UINT BC_FMT_VUINT
#define BC_OPND_FMT_LOCAL BC_FMT_VUINT
#define BC_OPND_FMT_SINT BC_FMT_VUINT
#define BC_OPND_FMT_OBJ BC_FMT_VUINT
#define BC_OPND_FMT_CHILD BC_FMT_VUINT
#define BC_OPND_FMT_CHILD_BYTE BC_FMT_VUINT
#define BC_OPND_FMT_CALL BC_FMT_VUINT
#define BC_OPND_FMT_UNPACK BC_FMT_VUINT
#define BC_OPND_FMT_COMP BC_FMT_VUINT
#define BC_OPND_FMT_SLABEL BC_FMT_OFFSET
#define BC_OPND_FMT_ULABEL BC_FMT_OFFSET
#define BC_OPND_FMT_SLABEL_BYTE BC_FMT_OFFSET
#define BC_OPND_FMT_EMB_INT BC_FMT_BYTE
#define BC_OPND_FMT_EMB_LOCAL BC_FMT_BYTE
#define BC_OPND_FMT_EMB_UNARY BC_FMT_BYTE
#define BC_OPND_FMT_EMB_BINARY BC_FMT_BYTE

#define BC_OPND_EXTRA_NONE 0
#define BC_OPND_EXTRA_QSTR 0
#define BC_OPND_EXTRA_UINT 0
#define BC_OPND_EXTRA_LOCAL 0
#define BC_OPND_EXTRA_SINT 0
#define BC_OPND_EXTRA_OBJ 0
#define BC_OPND_EXTRA_CHILD 0
#define BC_OPND_EXTRA_CHILD_BYTE 1
#define BC_OPND_EXTRA_CALL 0
#define BC_OPND_EXTRA_UNPACK 0
#define BC_OPND_EXTRA_COMP 0
#define BC_OPND_EXTRA_SLABEL 0
#define BC_OPND_EXTRA_ULABEL 0
#define BC_OPND_EXTRA_SLABEL_BYTE 1

// Stack column value meaning "depends on the operand": see bc_stack_effect().
#define BC_VAR (-128)

// ---------------------------------------------------------------------------------------------
// The opcodes. A range row gives its first opcode and a count: BC_LOAD_FAST_MULTI = 0xb0,
// BC_LOAD_FAST_MULTI_NUM = 16.

typedef enum {
#define BC_OP(name, byte, operand, stack) BC_##name = byte,
#define BC_RANGE(name, first, count, operand, stack, mnemonic) BC_##name = first,
#include "bc_ops.def"
#undef BC_OP
#undef BC_RANGE
} bc_op;

enum {
#define BC_OP(name, byte, operand, stack)
#define BC_RANGE(name, first, count, operand, stack, mnemonic) BC_##name##_NUM = count,
#include "bc_ops.def"
#undef BC_OP
#undef BC_RANGE
};

// LOAD_CONST_SMALL_INT_MULTI pushes opcode - 0x80: its range starts 16 below that.
#define BC_SMALL_INT_MULTI_EXCESS 16

// Format checks, one per row: a row whose operand contradicts the opcode-format rule, or a
// range that runs into an opcode with an operand, does not compile.
#define BC_OP(name, byte, operand, stack)                                               \
    _Static_assert(BC_FORMAT(byte) == BC_OPND_FMT_##operand,                            \
                   "bc_ops.def: operand of " #name " contradicts its opcode's format"); \
    _Static_assert(BC_HAS_EXTRA_BYTE(byte) == BC_OPND_EXTRA_##operand,                  \
                   "bc_ops.def: " #name ": extra byte disagrees with (op & 0x9e) == 0");
// A range needs format BYTE for every member: its first opcode's nibble and every higher one
// must be BYTE (no format bits left at or above it); of the extra-byte opcodes only 0x60 and
// 0x61 lie in that region.
#define BC_RANGE(name, first, count, operand, stack, mnemonic)                           \
    _Static_assert(BC_OPND_FMT_##operand == BC_FMT_BYTE &&                               \
                       (BC_FORMAT_WORD >> (2 * ((first) >> 4))) == 0,                    \
                   "bc_ops.def: range " #name " overlaps opcodes that take an operand"); \
    _Static_assert((first) > 0x61 || (first) + (count) <= 0x60,                          \
                   "bc_ops.def: range " #name " contains an extra-byte opcode");         \
    _Static_assert((first) + (count) <= 256, "bc_ops.def: range " #name " runs past 0xff");
#include "bc_ops.def"
#undef BC_OP
#undef BC_RANGE

// ---------------------------------------------------------------------------------------------
// Per-opcode information, indexed by the opcode byte. Unused opcodes are all-zero
// (name NULL, operand BC_OPND_BAD).

typedef struct {
    const char *name;     // table name: "LOAD_FAST_N", "LOAD_FAST_MULTI"
    const char *mnemonic; // listing name: "LOAD_FAST_N", "LOAD_FAST" for every 0xb0..0xbf
    uint8_t operand;      // bc_operand
    int8_t stack;         // stack-depth change, or BC_VAR
    uint8_t first;        // first opcode of the row (== the opcode for BC_OP rows)
    uint8_t count;        // opcodes in the row (1 for BC_OP rows)
} bc_op_info_t;

// Range rows expand once per member: BC_REPEAT_<count>(E, first, ...) calls
// E(first, count, i, ...) for i = 0 .. count - 1. Only the counts bc_ops.def uses are
// defined; a new range size needs its BC_REPEAT_<n>.
#define BC_R1(E, f, c, o, ...) E(f, c, (o), __VA_ARGS__)
#define BC_R2(E, f, c, o, ...) BC_R1(E, f, c, o, __VA_ARGS__) BC_R1(E, f, c, (o) + 1, __VA_ARGS__)
#define BC_R4(E, f, c, o, ...) BC_R2(E, f, c, o, __VA_ARGS__) BC_R2(E, f, c, (o) + 2, __VA_ARGS__)
#define BC_R8(E, f, c, o, ...) BC_R4(E, f, c, o, __VA_ARGS__) BC_R4(E, f, c, (o) + 4, __VA_ARGS__)
#define BC_R16(E, f, c, o, ...) BC_R8(E, f, c, o, __VA_ARGS__) BC_R8(E, f, c, (o) + 8, __VA_ARGS__)
#define BC_R32(E, f, c, o, ...) \
    BC_R16(E, f, c, o, __VA_ARGS__) BC_R16(E, f, c, (o) + 16, __VA_ARGS__)
#define BC_REPEAT_4(E, f, ...) BC_R4(E, f, 4, 0, __VA_ARGS__)
#define BC_REPEAT_16(E, f, ...) BC_R16(E, f, 16, 0, __VA_ARGS__)
#define BC_REPEAT_35(E, f, ...)      \
    BC_R32(E, f, 35, 0, __VA_ARGS__) \
    BC_R2(E, f, 35, 32, __VA_ARGS__) BC_R1(E, f, 35, 34, __VA_ARGS__)
#define BC_REPEAT_64(E, f, ...) BC_R32(E, f, 64, 0, __VA_ARGS__) BC_R32(E, f, 64, 32, __VA_ARGS__)

#define BC_DESIGNATOR(index) [index] = // (spelled through a macro for clang-format's sake)
#define BC_INFO_MEMBER(f, c, o, name, operand, stack, mnemonic) \
    BC_DESIGNATOR((f) + (o)){#name, #mnemonic, BC_OPND_##operand, stack, f, c},

static const bc_op_info_t bc_op_info[256] = {
#define BC_OP(name, byte, operand, stack) \
    [byte] = {#name, #name, BC_OPND_##operand, stack, byte, 1},
#define BC_RANGE(name, first, count, operand, stack, mnemonic) \
    BC_REPEAT_##count(BC_INFO_MEMBER, first, name, operand, stack, mnemonic)
#include "bc_ops.def"
#undef BC_OP
#undef BC_RANGE
};

// Every opcode byte is claimed by one row at most: two rows with the same byte would be
// duplicate case labels here, which is a compile error. Never called.
#define BC_CASE_MEMBER(f, c, o, ...) case (f) + (o):
static inline bool bc_ops_def_unique_(unsigned op) {
    switch (op) {
#define BC_OP(name, byte, operand, stack) case byte:
#define BC_RANGE(name, first, count, operand, stack, mnemonic) \
    BC_REPEAT_##count(BC_CASE_MEMBER, first, name)
#include "bc_ops.def"
#undef BC_OP
#undef BC_RANGE
        return true;
        default:
            return false;
    }
}

#undef BC_INFO_MEMBER
#undef BC_DESIGNATOR
#undef BC_CASE_MEMBER
#undef BC_R1
#undef BC_R2
#undef BC_R4
#undef BC_R8
#undef BC_R16
#undef BC_R32
#undef BC_REPEAT_4
#undef BC_REPEAT_16
#undef BC_REPEAT_35
#undef BC_REPEAT_64

// ---------------------------------------------------------------------------------------------
// Operators (bytecode.md 4, bc_operators.def).

typedef enum {
#define BC_UNARY_OP(n, name, python, method) BC_UNARY_##name = n,
#define BC_BINARY_OP(n, name, python, method)
#include "bc_operators.def"
#undef BC_UNARY_OP
#undef BC_BINARY_OP
    BC_UNARY_NUM_BYTECODE // unary operators that bytecode can name
} bc_unary_op;

typedef enum {
#define BC_UNARY_OP(n, name, python, method)
#define BC_BINARY_OP(n, name, python, method) BC_BINARY_##name = n,
#include "bc_operators.def"
#undef BC_UNARY_OP
#undef BC_BINARY_OP
    BC_BINARY_NUM_BYTECODE // binary operators that bytecode can name
} bc_binary_op;

_Static_assert((int)BC_UNARY_NUM_BYTECODE == (int)BC_UNARY_OP_MULTI_NUM,
               "one opcode per unary operator");
_Static_assert((int)BC_BINARY_NUM_BYTECODE == (int)BC_BINARY_OP_MULTI_NUM,
               "one opcode per binary operator");

typedef struct {
    const char *name;   // "ADD"
    const char *python; // "+"
    const char *method; // "__add__", "" when the VM calls no special method
} bc_operator_info_t;

static const bc_operator_info_t bc_unary_op_info[BC_UNARY_NUM_BYTECODE] = {
#define BC_UNARY_OP(n, name, python, method) [n] = {#name, python, method},
#define BC_BINARY_OP(n, name, python, method)
#include "bc_operators.def"
#undef BC_UNARY_OP
#undef BC_BINARY_OP
};

static const bc_operator_info_t bc_binary_op_info[BC_BINARY_NUM_BYTECODE] = {
#define BC_UNARY_OP(n, name, python, method)
#define BC_BINARY_OP(n, name, python, method) [n] = {#name, python, method},
#include "bc_operators.def"
#undef BC_UNARY_OP
#undef BC_BINARY_OP
};

// ---------------------------------------------------------------------------------------------
// Decoding one instruction. Jump operands (bytecode.md 2.4):
//
//   1 byte:   0 r r r r r r r             raw = 0..127
//   2 bytes:  1 r r r r r r r  R R R R R R R R   raw = low 7 bits | second byte << 7
//   signed jumps (0x40..0x44): offset = raw - 0x40 (1 byte) or raw - 0x4000 (2 bytes)
//   target = offset of the byte after the jump operand + offset
//
// (for UNWIND_JUMP the byte after the jump operand is its extra byte).

// What bc_decode fills in, by operand kind:
//   QSTR OBJ CHILD UINT LOCAL CALL UNPACK COMP   arg = the vuint
//   CHILD_BYTE                                   arg = child index, extra = cell count
//   SINT, EMB_INT                                value = the integer
//   EMB_LOCAL, EMB_UNARY, EMB_BINARY             arg = opcode - first opcode of the range
//   SLABEL, ULABEL                               arg = raw operand, value = relative offset,
//                                                target = absolute offset
//   SLABEL_BYTE                                  as SLABEL, extra = handler count | 0x80 flag
// The caller checks indices against its tables and targets against the code length.
typedef struct {
    uint8_t op;      // opcode byte
    uint8_t operand; // bc_operand of the opcode
    uint8_t extra;   // the raw byte after the operand (CHILD_BYTE, SLABEL_BYTE), else 0
    uint32_t size;   // bytes of the whole instruction
    uint32_t arg;    // vuint operand; embedded local or operator number; 0 otherwise
    int64_t value;   // SINT / EMB_INT value; the relative offset of a jump
    int64_t target;  // jumps: absolute offset of the target (may lie outside the code)
} bc_insn;

typedef enum {
    BC_DECODE_OK = 0,
    BC_DECODE_BAD_OPCODE, // an unused opcode byte
    BC_DECODE_TRUNCATED,  // the operand runs past the end of the code
    BC_DECODE_OVERFLOW,   // a vuint above UINT32_MAX or a var-int outside int64_t
} bc_decode_status;

// Decodes the instruction at code[off] (off < len). On success fills *out; on failure *out
// holds the opcode and operand kind only. Never reads code[len] or beyond.
static inline bc_decode_status bc_decode(const uint8_t *code, size_t len, size_t off,
                                         bc_insn *out) {
    *out = (bc_insn){0};
    if (off >= len) {
        return BC_DECODE_TRUNCATED;
    }
    uint8_t op = code[off];
    const bc_op_info_t *info = &bc_op_info[op];
    out->op = op;
    out->operand = info->operand;
    size_t p = off + 1;
    mpy_status st = MPY_OK;
    switch ((bc_operand)info->operand) {
        case BC_OPND_BAD:
            return BC_DECODE_BAD_OPCODE;
        case BC_OPND_NONE:
            break;
        case BC_OPND_EMB_INT:
            out->value = (int64_t)(op - info->first) - BC_SMALL_INT_MULTI_EXCESS;
            break;
        case BC_OPND_EMB_LOCAL:
        case BC_OPND_EMB_UNARY:
        case BC_OPND_EMB_BINARY:
            out->arg = (uint32_t)(op - info->first);
            break;
        case BC_OPND_SINT:
            st = mpy_svint_decode(code, len, &p, &out->value);
            break;
        case BC_OPND_QSTR:
        case BC_OPND_UINT:
        case BC_OPND_LOCAL:
        case BC_OPND_OBJ:
        case BC_OPND_CHILD:
        case BC_OPND_CHILD_BYTE:
        case BC_OPND_CALL:
        case BC_OPND_UNPACK:
        case BC_OPND_COMP:
            st = mpy_vuint_decode(code, len, &p, &out->arg);
            break;
        case BC_OPND_SLABEL:
        case BC_OPND_ULABEL:
        case BC_OPND_SLABEL_BYTE: {
            if (p >= len) {
                return BC_DECODE_TRUNCATED;
            }
            uint32_t raw = code[p++];
            bool two = raw & 0x80;
            if (two) {
                if (p >= len) {
                    return BC_DECODE_TRUNCATED;
                }
                raw = (raw & 0x7f) | (uint32_t)code[p++] << 7;
            }
            out->arg = raw;
            out->value = raw;
            if (info->operand != BC_OPND_ULABEL) {
                out->value -= two ? 0x4000 : 0x40;
            }
            out->target = (int64_t)p + out->value;
            break;
        }
    }
    if (st != MPY_OK) {
        return st == MPY_ERR_TRUNCATED ? BC_DECODE_TRUNCATED : BC_DECODE_OVERFLOW;
    }
    if (info->operand == BC_OPND_CHILD_BYTE || info->operand == BC_OPND_SLABEL_BYTE) {
        if (p >= len) {
            return BC_DECODE_TRUNCATED;
        }
        out->extra = code[p++];
    }
    out->size = (uint32_t)(p - off);
    return BC_DECODE_OK;
}

// The stack-depth change of a decoded instruction as the compiler accounts it: the table's
// value, or for BC_VAR rows the operand-dependent one (bytecode.md 3).
static inline int32_t bc_stack_effect(const bc_insn *in) {
    const bc_op_info_t *info = &bc_op_info[in->op];
    if (info->stack != BC_VAR) {
        return info->stack;
    }
    int32_t n = (int32_t)(in->arg & 0xff), m = (int32_t)((in->arg >> 8) & 0xff);
    int32_t u = in->arg > INT32_MAX ? INT32_MAX : (int32_t)in->arg;
    switch (in->op) {
        // c1..cb -> f; with DEFARGS, dflt kwd c1..cb -> f
        case BC_MAKE_CLOSURE:
            return 1 - in->extra;
        case BC_MAKE_CLOSURE_DEFARGS:
            return -1 - in->extra;
        // x1..xu -> collection (a slice takes 2 or 3 items)
        case BC_BUILD_TUPLE:
        case BC_BUILD_LIST:
        case BC_BUILD_SET:
        case BC_BUILD_SLICE:
            return 1 - u;
        // a dict comprehension stores a key and a value, the others one item
        case BC_STORE_COMP:
            return (in->arg & 3) == 1 ? -2 : -1;
        // seq -> x_u..x_1; star unpacking: seq -> right items, list, left items
        case BC_UNPACK_SEQUENCE:
            return u - 1;
        case BC_UNPACK_EX:
            return n + m;
        // fn [self] args k1 v1 .. [bits] -> result: n positional, m keyword pairs, one slot
        // for the method form's self and one for the star-argument bits of _VAR_KW
        case BC_CALL_FUNCTION:
            return -(n + 2 * m);
        case BC_CALL_FUNCTION_VAR_KW:
        case BC_CALL_METHOD:
            return -(n + 2 * m + 1);
        case BC_CALL_METHOD_VAR_KW:
            return -(n + 2 * m + 2);
        default:
            return 0; // not reached for rows of bc_ops.def
    }
}

#endif // BC_OPS_H
