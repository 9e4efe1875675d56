// The .mpy v6.3 container format (mpy-format.md): header constants, architectures, the static
// qstr table, object and raw-code kinds, and bounds-checked helpers for its variable-length
// fields (vuint, signed var-int, prelude signature and size, line-number table entries).
// Header-only and shared: the compiler's writer, the runtime's loader and the tools use the
// same definitions. Nothing here allocates, prints or keeps state; every decoder takes the
// buffer length and never reads past it.
#ifndef MPY_FORMAT_H
#define MPY_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

// ---------------------------------------------------------------------------------------------
// File layout (mpy-format.md 1). Nothing is aligned, nothing is checksummed, and a loader
// ignores whatever follows the module's raw code:
//
//   +----------------------------------------+
//   | header: 4 bytes                        |
//   | [arch flags: vuint]                    |  only if feature bit 6 is set
//   | n_qstr: vuint        n_obj: vuint      |
//   | qstr table: n_qstr entries             |  section 5, static-qstrs.md 2
//   | object table: n_obj entries            |  section 6
//   | raw code of the module                 |  section 7, children nested depth-first
//   +----------------------------------------+
//
// ---------------------------------------------------------------------------------------------
// Header (mpy-format.md 3)
//
//   offset 0   1   2                          3
//        +---+---+--------------------------+----------------+
//        | M | 6 | r f a a a a s s          | small-int bits |   then [arch flags: vuint]
//        +---+---+--------------------------+----------------+   if f (bit 6) is set
//   feature byte: r = reserved (bit 7, must be 0), f = MPY_FEATURE_ARCH_FLAGS,
//                 aaaa = architecture number, ss = sub-version
// A bytecode-only file has feature byte 0 (sub-version bits left 0); a file with native code
// has (arch << 2) | 3.

#define MPY_MAGIC 0x4d // 'M'
#define MPY_VERSION 6
#define MPY_SUB_VERSION 3
#define MPY_HEADER_LEN 4
#define MPY_FEATURE_SUB_VERSION_MASK 0x03
#define MPY_FEATURE_ARCH_SHIFT 2
#define MPY_FEATURE_ARCH_MASK 0x0f    // after the shift
#define MPY_FEATURE_ARCH_FLAGS 0x40   // an arch-flags vuint follows the header (v1.27+)
#define MPY_FEATURE_RESERVED 0x80     // must be 0
#define MPY_DEFAULT_SMALL_INT_BITS 31 // what mpy-cross writes unless told otherwise
#define MPY_RV32_FLAG_ZBA 0x01        // arch flags of rv32imc (mpy-format.md 3.4)
#define MPY_RV32_FLAG_ZCMP 0x02

// Architecture numbers (native_arch.def).
typedef enum {
#define MPY_ARCH(name, number, march, word_bytes) MPY_ARCH_##name = number,
#include "native_arch.def"
#undef MPY_ARCH
} mpy_arch;

#define MPY_ARCH_COUNT 14 // numbers 0..13; checked below

typedef struct {
    const char *march;  // -march= spelling, NULL for an unknown number
    uint8_t word_bytes; // machine word size, 0 when no loadable machine code exists
} mpy_arch_info_t;

static const mpy_arch_info_t mpy_arch_info[16] = {
#define MPY_ARCH(name, number, march, word_bytes) [number] = {march, word_bytes},
#include "native_arch.def"
#undef MPY_ARCH
};

#define MPY_ARCH(name, number, march, word_bytes) \
    _Static_assert((number) < MPY_ARCH_COUNT, "native_arch.def: " #name " out of range");
#include "native_arch.def"
#undef MPY_ARCH

// The feature byte that a file with native code of architecture `arch` carries.
static inline uint8_t mpy_feature_byte(unsigned arch, bool has_arch_flags) {
    return (uint8_t)((arch << MPY_FEATURE_ARCH_SHIFT) | MPY_SUB_VERSION |
                     (has_arch_flags ? MPY_FEATURE_ARCH_FLAGS : 0));
}

// ---------------------------------------------------------------------------------------------
// Static qstrs (static-qstrs.md 3): indices 1..165 name fixed strings.

typedef enum {
    MPY_QSTR_null = 0, // "no qstr"; never appears in a file
#define MPY_STATIC_QSTR(index, ident, string) MPY_QSTR_##ident = index,
#include "static_qstrs.def"
#undef MPY_STATIC_QSTR
} mpy_static_qstr;

#define MPY_STATIC_QSTR_COUNT 165 // highest static index; checked below

// The string of each static qstr, indexed by its number; [0] is NULL. Every entry is ASCII
// with no NUL inside, so strlen() gives its byte length.
static const char *const mpy_static_qstr_str[MPY_STATIC_QSTR_COUNT + 1] = {
#define MPY_STATIC_QSTR(index, ident, string) [index] = string,
#include "static_qstrs.def"
#undef MPY_STATIC_QSTR
};

_Static_assert(MPY_QSTR_zip == MPY_STATIC_QSTR_COUNT, "static_qstrs.def must end with zip (165)");

// The static index of the `len` bytes at `s`, or 0 if they are not a static qstr. A writer
// must emit a static reference exactly when this returns non-zero (static-qstrs.md 2).
static inline unsigned mpy_static_qstr_find(const char *s, size_t len) {
    for (unsigned i = 1; i <= MPY_STATIC_QSTR_COUNT; i++) {
        const char *q = mpy_static_qstr_str[i];
        if (strlen(q) == len && memcmp(q, s, len) == 0) {
            return i;
        }
    }
    return 0;
}

// The qstr hash (static-qstrs.md 4): djb2, xor variant, over the UTF-8 bytes, masked to
// `hash_bytes` bytes (1 or 2; 0 means computed on the fly with a 16-bit mask), never 0.
static inline uint32_t mpy_qstr_hash(const uint8_t *s, size_t len, unsigned hash_bytes) {
    uint32_t h = 5381;
    for (size_t i = 0; i < len; i++) {
        h = (h * 33) ^ s[i];
    }
    h &= hash_bytes == 1 ? 0xffu : 0xffffu;
    return h == 0 ? 1 : h;
}

// ---------------------------------------------------------------------------------------------
// Object table entry types (mpy-format.md 6): one type byte, then the payload.

typedef enum {
    MPY_OBJ_FUN_TABLE = 0, // native glue table; no payload
    MPY_OBJ_NONE = 1,
    MPY_OBJ_FALSE = 2,
    MPY_OBJ_TRUE = 3,
    MPY_OBJ_ELLIPSIS = 4,
    MPY_OBJ_STR = 5,     // vuint len, len bytes of UTF-8, 0x00
    MPY_OBJ_BYTES = 6,   // vuint len, len bytes, 0x00
    MPY_OBJ_INT = 7,     // vuint len, len ASCII bytes (decimal, optional '-'), no terminator
    MPY_OBJ_FLOAT = 8,   // vuint len, len ASCII bytes, no terminator
    MPY_OBJ_COMPLEX = 9, // vuint len, len ASCII bytes ending in 'j', no terminator
    MPY_OBJ_TUPLE = 10,  // vuint n, then n nested entries
} mpy_obj_type;

#define MPY_OBJ_TYPE_MAX MPY_OBJ_TUPLE

// ---------------------------------------------------------------------------------------------
// Raw codes (mpy-format.md 7, 9). Every raw code starts with
//
//   vuint kind_len = (fun_data_len << 3) | (has_children << 2) | kind
//   fun_data_len bytes of fun_data
//
// then the fields of its kind, then (if has_children) a vuint count and the children:
//
//   kind 0 bytecode   nothing more; fun_data = prelude + instructions (section 8)
//   kind 1 native     vuint prelude_offset: a bytecode-style prelude (no line table) sits
//                     at fun_data + prelude_offset, after the machine code
//   kind 2 viper      vuint scope_flags, [vuint rodata_len], [vuint bss_len], rodata bytes;
//                     with VIPERRELOC a relocation stream follows the children
//   kind 3 asm        vuint scope_flags, vuint n_args, vuint return type (mpy_asm_type)

typedef enum {
    MPY_CODE_BYTECODE = 0,
    MPY_CODE_NATIVE_PY = 1,    // @micropython.native; a prelude follows the machine code
    MPY_CODE_NATIVE_VIPER = 2, // @micropython.viper
    MPY_CODE_NATIVE_ASM = 3,   // inline assembler
} mpy_code_kind;

#define MPY_KIND_LEN_KIND(kl) ((unsigned)((kl)&3u))
#define MPY_KIND_LEN_HAS_CHILDREN(kl) (((kl) >> 2) & 1u)
#define MPY_KIND_LEN_FUN_DATA_LEN(kl) ((kl) >> 3)

// Scope flags: the low 4 bits are stored in a prelude signature; viper raw codes store the
// VIPER* bits in their scope-flags vuint (mpy-format.md 8.1, 9.2).
#define MPY_SCOPE_FLAG_GENERATOR 0x01
#define MPY_SCOPE_FLAG_VARKEYWORDS 0x02
#define MPY_SCOPE_FLAG_VARARGS 0x04
#define MPY_SCOPE_FLAG_DEFKWARGS 0x08
#define MPY_SCOPE_FLAG_VIPERRELOC 0x10
#define MPY_SCOPE_FLAG_VIPERRODATA 0x20
#define MPY_SCOPE_FLAG_VIPERBSS 0x40

// Viper relocation stream (mpy-format.md 9.2): ops until this byte.
#define MPY_RELOC_END 0xff

// Inline-assembler return types (mpy-format.md 9.3).
typedef enum {
    MPY_ASM_TYPE_OBJECT = 0,
    MPY_ASM_TYPE_BOOL = 1,
    MPY_ASM_TYPE_INT = 2,
    MPY_ASM_TYPE_UINT = 3,
} mpy_asm_type;

// ---------------------------------------------------------------------------------------------
// Decoding results. A decoder leaves its position argument unchanged when it fails, so the
// caller can name the offset of the field that was bad.

typedef enum {
    MPY_OK = 0,
    MPY_ERR_TRUNCATED, // the field runs past the end of the buffer
    MPY_ERR_OVERFLOW,  // the value does not fit the result type
} mpy_status;

// vuint (mpy-format.md 2): 7-bit groups, most significant first, bit 7 = more bytes follow.
//   300 = 0b10_0101100 -> 1000_0010 0010_1100 = 82 2c
// Redundant leading 0x80 groups are accepted; values above UINT32_MAX are MPY_ERR_OVERFLOW.
#define MPY_VUINT_MAX_LEN 5 // bytes for any uint32_t

static inline mpy_status mpy_vuint_decode(const uint8_t *buf, size_t len, size_t *pos,
                                          uint32_t *out) {
    size_t p = *pos;
    uint32_t v = 0;
    for (;;) {
        if (p >= len) {
            return MPY_ERR_TRUNCATED;
        }
        uint8_t b = buf[p++];
        if (v > (UINT32_MAX >> 7)) {
            return MPY_ERR_OVERFLOW;
        }
        v = (v << 7) | (b & 0x7fu);
        if ((b & 0x80) == 0) {
            break;
        }
    }
    *pos = p;
    *out = v;
    return MPY_OK;
}

// Writes the vuint of `v` to `buf` (MPY_VUINT_MAX_LEN bytes of room), returns its length.
static inline size_t mpy_vuint_encode(uint32_t v, uint8_t *buf) {
    uint8_t tmp[MPY_VUINT_MAX_LEN];
    size_t n = 0;
    do {
        tmp[n++] = (uint8_t)(v & 0x7f);
        v >>= 7;
    } while (v != 0);
    for (size_t i = 0; i < n; i++) {
        buf[i] = (uint8_t)(tmp[n - 1 - i] | (i + 1 < n ? 0x80 : 0));
    }
    return n;
}

// Signed var-int (bytecode.md 2.3, LOAD_CONST_SMALL_INT): two's complement in 7-bit groups,
// most significant first, bit 7 = more bytes follow, bit 6 of the first byte = sign.
//   -65 -> ff 3f      64 -> 80 40      -17 -> 6f
#define MPY_SVINT_MAX_LEN 10 // bytes for any int64_t

static inline mpy_status mpy_svint_decode(const uint8_t *buf, size_t len, size_t *pos,
                                          int64_t *out) {
    size_t p = *pos;
    if (p >= len) {
        return MPY_ERR_TRUNCATED;
    }
    int64_t v = (buf[p] & 0x40) ? -1 : 0;
    for (;;) {
        if (p >= len) {
            return MPY_ERR_TRUNCATED;
        }
        uint8_t b = buf[p++];
        if (v > (INT64_MAX >> 7) || v < (INT64_MIN >> 7)) {
            return MPY_ERR_OVERFLOW;
        }
        v = v * 128 + (b & 0x7f); // the low 7 bits of v * 128 are zero, so + is |
        if ((b & 0x80) == 0) {
            break;
        }
    }
    *pos = p;
    *out = v;
    return MPY_OK;
}

// Writes the minimal signed var-int of `v` (the exact mpy-cross algorithm), returns its
// length; `buf` needs MPY_SVINT_MAX_LEN bytes.
static inline size_t mpy_svint_encode(int64_t v, uint8_t *buf) {
    uint8_t tmp[MPY_SVINT_MAX_LEN];
    size_t n = 0;
    do {
        tmp[n++] = (uint8_t)(v & 0x7f);
        v = v < 0 ? ~(~v >> 7) : v >> 7; // arithmetic shift without implementation-defined >>
    } while (v != 0 && v != -1);
    if (v == -1 && (tmp[n - 1] & 0x40) == 0) {
        tmp[n++] = 0x7f;
    } else if (v == 0 && (tmp[n - 1] & 0x40) != 0) {
        tmp[n++] = 0x00;
    }
    for (size_t i = 0; i < n; i++) {
        buf[i] = (uint8_t)(tmp[n - 1 - i] | (i + 1 < n ? 0x80 : 0));
    }
    return n;
}

// ---------------------------------------------------------------------------------------------
// The fun_data of a bytecode raw code (mpy-format.md 8):
//
//   +----------------------+
//   | prelude signature    |  1+ bytes: n_state, n_exc_stack, scope flags, argument counts
//   | prelude size         |  1+ bytes: n_info, n_cell
//   +----------------------+  <- source info, n_info bytes:
//   | simple_name          |     vuint qstr index
//   | argument names       |     n_pos_args + n_kwonly_args vuint qstr indices
//   | line-number table    |     the rest of the n_info bytes
//   +----------------------+  <- closure info, n_cell bytes: one local number per cell
//   | instructions         |  to the end of fun_data (bytecode.md)
//   +----------------------+
//
// Prelude signature (mpy-format.md 8.1): six numbers packed least-significant bits first.
//
//   first byte:  x S S S S E A A      x = another byte follows
//   next bytes:  x F S S K A E D      each carries the next-higher bits of every field
//
// S = n_state - 1, E = n_exc_stack, F = scope_flags & 0x0f, A = n_pos_args,
// K = n_kwonly_args, D = n_def_pos_args.

typedef struct {
    uint32_t n_state;     // value-stack slots + locals, >= 1
    uint32_t n_exc_stack; // exception-handler nesting depth
    uint32_t scope_flags; // MPY_SCOPE_FLAG_* (low 4 bits only)
    uint32_t n_pos_args;  // including a closure's leading free variables
    uint32_t n_kwonly_args;
    uint32_t n_def_pos_args;
} mpy_prelude_sig;

// Longest signature: D, K and F gain one bit per extra byte, so a 32-bit field takes 32.
#define MPY_PRELUDE_SIG_MAX_LEN 33

// ORs `bits` into *field at `shift`; false if that needs more than 32 bits.
static inline bool mpy_put_bits_(uint32_t *field, uint32_t bits, unsigned shift) {
    if (bits == 0) {
        return true;
    }
    if (shift >= 32 || ((uint64_t)bits << shift) > UINT32_MAX) {
        return false;
    }
    *field |= bits << shift;
    return true;
}

static inline mpy_status mpy_prelude_sig_decode(const uint8_t *buf, size_t len, size_t *pos,
                                                mpy_prelude_sig *out) {
    size_t p = *pos;
    if (p >= len) {
        return MPY_ERR_TRUNCATED;
    }
    uint8_t z = buf[p++];
    uint32_t s = (z >> 3) & 0xf, e = (z >> 2) & 1, a = z & 3, f = 0, k = 0, d = 0;
    for (unsigned n = 0; z & 0x80; n++) {
        if (n >= MPY_PRELUDE_SIG_MAX_LEN - 1) {
            return MPY_ERR_OVERFLOW;
        }
        if (p >= len) {
            return MPY_ERR_TRUNCATED;
        }
        z = buf[p++];
        if (!mpy_put_bits_(&s, (z >> 4) & 3, 4 + 2 * n) ||
            !mpy_put_bits_(&e, (z >> 1) & 1, 1 + n) || !mpy_put_bits_(&f, (z >> 6) & 1, n) ||
            !mpy_put_bits_(&a, (z >> 2) & 1, 2 + n) || !mpy_put_bits_(&k, (z >> 3) & 1, n) ||
            !mpy_put_bits_(&d, z & 1, n)) {
            return MPY_ERR_OVERFLOW;
        }
    }
    if (s == UINT32_MAX) {
        return MPY_ERR_OVERFLOW; // n_state would not fit
    }
    out->n_state = s + 1;
    out->n_exc_stack = e;
    out->scope_flags = f;
    out->n_pos_args = a;
    out->n_kwonly_args = k;
    out->n_def_pos_args = d;
    *pos = p;
    return MPY_OK;
}

// Writes the signature (the exact mpy-cross algorithm, which fixes its length), returns the
// length; `buf` needs MPY_PRELUDE_SIG_MAX_LEN bytes. `sig->n_state` must be >= 1.
static inline size_t mpy_prelude_sig_encode(const mpy_prelude_sig *sig, uint8_t *buf) {
    uint32_t s = sig->n_state - 1, e = sig->n_exc_stack, f = sig->scope_flags & 0xf;
    uint32_t a = sig->n_pos_args, k = sig->n_kwonly_args, d = sig->n_def_pos_args;
    size_t n = 0;
    uint8_t z = (uint8_t)(((s & 0xf) << 3) | ((e & 1) << 2) | (a & 3));
    s >>= 4;
    e >>= 1;
    a >>= 2;
    while ((s | e | f | a | k | d) != 0) {
        buf[n++] = (uint8_t)(0x80 | z);
        z = (uint8_t)(((f & 1) << 6) | ((s & 3) << 4) | ((k & 1) << 3) | ((a & 1) << 2) |
                      ((e & 1) << 1) | (d & 1));
        s >>= 2;
        e >>= 1;
        f >>= 1;
        a >>= 1;
        k >>= 1;
        d >>= 1;
    }
    buf[n++] = z;
    return n;
}

// Prelude size (mpy-format.md 8.2): bytes `x I I I I I I C`, least-significant bits first.
// n_info = byte length of the source-info section, n_cell = number of cell bytes after it.

typedef struct {
    uint32_t n_info;
    uint32_t n_cell;
} mpy_prelude_size;

#define MPY_PRELUDE_SIZE_MAX_LEN 6 // I reaches 36 bits; more bytes only carry C

static inline mpy_status mpy_prelude_size_decode(const uint8_t *buf, size_t len, size_t *pos,
                                                 mpy_prelude_size *out) {
    size_t p = *pos;
    uint64_t i = 0, c = 0;
    for (unsigned n = 0;; n++) {
        if (p >= len) {
            return MPY_ERR_TRUNCATED;
        }
        if (n >= 32) {
            return MPY_ERR_OVERFLOW; // C would need bit 32
        }
        uint8_t z = buf[p++];
        c |= (uint64_t)(z & 1) << n;
        if (n < MPY_PRELUDE_SIZE_MAX_LEN) {
            i |= (uint64_t)((z >> 1) & 0x3f) << (6 * n);
        } else if ((z >> 1) & 0x3f) {
            return MPY_ERR_OVERFLOW;
        }
        if ((z & 0x80) == 0) {
            break;
        }
    }
    if (i > UINT32_MAX || c > UINT32_MAX) {
        return MPY_ERR_OVERFLOW;
    }
    out->n_info = (uint32_t)i;
    out->n_cell = (uint32_t)c;
    *pos = p;
    return MPY_OK;
}

// Writes the prelude size (the exact mpy-cross algorithm), returns its length; `buf` needs
// 32 bytes in the worst case (n_cell near 2^32), 1-6 for real code.
static inline size_t mpy_prelude_size_encode(uint32_t n_info, uint32_t n_cell, uint8_t *buf) {
    size_t n = 0;
    do {
        uint8_t z = (uint8_t)(((n_info & 0x3f) << 1) | (n_cell & 1));
        n_cell >>= 1;
        n_info >>= 6;
        if ((n_cell | n_info) != 0) {
            z |= 0x80;
        }
        buf[n++] = z;
    } while ((n_cell | n_info) != 0);
    return n;
}

// ---------------------------------------------------------------------------------------------
// Line-number table entries (mpy-format.md 8.4): "advance the bytecode offset by B and the
// line by L", starting from offset 0, line 1.
//
//   one byte:   0 L L B B B B B                B 0..31, L 0..3
//   two bytes:  1 L L L B B B B  L L L L L L L L     B 0..15, L 0..2047 (high bits first)

#define MPY_LINE_SHORT_MAX_B 31
#define MPY_LINE_SHORT_MAX_L 3
#define MPY_LINE_LONG_MAX_B 15
#define MPY_LINE_LONG_MAX_L 2047

static inline mpy_status mpy_line_entry_decode(const uint8_t *buf, size_t len, size_t *pos,
                                               uint32_t *bytes, uint32_t *lines) {
    size_t p = *pos;
    if (p >= len) {
        return MPY_ERR_TRUNCATED;
    }
    uint8_t z = buf[p++];
    if ((z & 0x80) == 0) {
        *bytes = z & 0x1f;
        *lines = (z >> 5) & 3;
    } else {
        if (p >= len) {
            return MPY_ERR_TRUNCATED;
        }
        *bytes = z & 0xf;
        *lines = ((uint32_t)(z >> 4) & 7) << 8 | buf[p++];
    }
    *pos = p;
    return MPY_OK;
}

// Writes one entry, in the one-byte form when it fits; returns its length, or 0 if B > 31,
// or B > 15 with L > 3, or L > 2047. How a (B, L) step is split into entries for
// byte-identical output is the compiler's rule (compiler-semantics.md 13).
static inline size_t mpy_line_entry_encode(uint32_t bytes, uint32_t lines, uint8_t *buf) {
    if (bytes <= MPY_LINE_SHORT_MAX_B && lines <= MPY_LINE_SHORT_MAX_L) {
        buf[0] = (uint8_t)(lines << 5 | bytes);
        return 1;
    }
    if (bytes <= MPY_LINE_LONG_MAX_B && lines <= MPY_LINE_LONG_MAX_L) {
        buf[0] = (uint8_t)(0x80 | (lines >> 8) << 4 | bytes);
        buf[1] = (uint8_t)(lines & 0xff);
        return 2;
    }
    return 0;
}

#endif // MPY_FORMAT_H
