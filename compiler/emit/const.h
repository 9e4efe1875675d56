// Compile-time constant values: what parse-time folding produces and what LOAD_CONST_OBJ puts
// in the module's object table (mpy-format.md 6). Values are immutable once made and live in
// the unit's arena; the four singletons (None, False, True, Ellipsis) are static and shared.
// Integers of any size, doubles, imaginary numbers, str/bytes and tuples of constants.
#ifndef MPYC_EMIT_CONST_H
#define MPYC_EMIT_CONST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../util/arena.h"

// The kinds. The order is free; the writer maps each to its object-table type byte.
typedef enum emit_const_kind {
    EMIT_CONST_NONE,
    EMIT_CONST_FALSE,
    EMIT_CONST_TRUE,
    EMIT_CONST_ELLIPSIS,
    EMIT_CONST_INT,       // u.ival, or u.text (decimal) when is_big
    EMIT_CONST_FLOAT,     // u.fval
    EMIT_CONST_COMPLEX,   // u.fval is the imaginary part; the real part is 0 (only j-literals)
    EMIT_CONST_STR,       // u.text, len bytes of UTF-8
    EMIT_CONST_BYTES,     // u.text, len bytes
    EMIT_CONST_TUPLE,     // u.items, len elements
    EMIT_CONST_FUN_TABLE, // the native glue table (native emitters only)
} emit_const_kind;

typedef struct emit_const {
    uint8_t kind; // emit_const_kind
    bool is_big;  // INT: the value does not fit int64_t and is kept as decimal text
    uint32_t len; // STR/BYTES: bytes; TUPLE: elements; big INT: length of the text
    union {
        int64_t ival;                          // INT, !is_big
        double fval;                           // FLOAT, COMPLEX
        const char *text;                      // STR, BYTES (NUL-terminated copy), big INT
        const struct emit_const *const *items; // TUPLE
    } u;
} emit_const;

// Big integers are normalised: an INT has is_big exactly when its value lies outside int64_t,
// and its text is "-"? followed by decimal digits without leading zeros. So two equal
// integers have equal representations, which emit_const_equal relies on.

extern const emit_const emit_const_none, emit_const_false, emit_const_true, emit_const_ellipsis,
    emit_const_fun_table;

// Constructors: NULL when the arena is out of memory.
emit_const *emit_const_new_int(arena *a, int64_t v);
// The integer written with `n` digits in `base` (2..36, letters in either case, no prefix, no
// underscores), negated if `negative`. NULL on no memory or a character that is not a digit.
emit_const *emit_const_new_int_digits(arena *a, const char *digits, size_t n, unsigned base,
                                      bool negative);
emit_const *emit_const_new_float(arena *a, double v);
emit_const *emit_const_new_complex(arena *a, double imag);
// Copies the bytes (and appends a NUL that is not counted in len).
emit_const *emit_const_new_str(arena *a, const char *s, size_t len);
emit_const *emit_const_new_bytes(arena *a, const char *s, size_t len);
// Copies the array of item pointers; the items themselves are shared.
emit_const *emit_const_new_tuple(arena *a, const emit_const *const *items, size_t n);

// Stock's "strict equality" used to share object-table entries (compiler-semantics.md 9.2):
// same kind and equal value; 1, 1.0 and True differ, 0.0 and -0.0 differ, tuples compare
// element by element, floats compare by value (so a NaN never equals anything, itself
// included).
bool emit_const_equal(const emit_const *a, const emit_const *b);

// A hash consistent with emit_const_equal (equal constants hash alike), for table look-ups.
uint32_t emit_const_hash(const emit_const *c);

// Python truth value (for `if`/`and`/`or`/`not` folding, compiler-semantics.md 3.4).
bool emit_const_truth(const emit_const *c);

// The text stock mpy-cross stores for a FLOAT (always_decimal true: "1.0", "1e+16", "nan")
// or for the imaginary part of a COMPLEX (always_decimal false: "1", "1.5"; the writer adds
// the 'j'): MicroPython's repr() of a double. Writes at most EMIT_FLOAT_REPR_MAX bytes plus a
// NUL into buf and returns the length.
#define EMIT_FLOAT_REPR_MAX 32
size_t emit_const_float_repr(double v, bool always_decimal, char *buf);

// The value stock mpy-cross gives a float literal's text (py/parsenum.c): up to 19 significant
// digits scaled by a power of ten in long double, which is not always the correctly rounded
// double that strtod() returns. Reads digits, '_', one '.' and an exponent ("1_0.5e-3"), no
// sign, and stops at anything else (the 'j' of an imaginary literal). For byte-identical
// FLOAT/COMPLEX objects the lexer should read literals with this.
double emit_const_parse_float(const char *s, size_t n);

#endif
