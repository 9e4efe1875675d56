// The lexer: source text in, tokens out, one at a time, for the parser. Token kinds are the
// parser's (TOK_* and single characters, from the generated grammar.h); NEWLINE, INDENT and
// DEDENT come from the layout layer; f-strings arrive rewritten as MicroPython's lexer rewrites
// them (a string, then the tokens of `.format(...)`). Errors go to the unit's diagnostics and
// come back as the token YYerror so the parser can recover without reporting again.
#ifndef MPYC_LEX_H
#define MPYC_LEX_H

#include <stdbool.h>
#include <stdint.h>

#include "../unit.h"

typedef enum lex_num_kind { LEX_NUM_INT, LEX_NUM_FLOAT, LEX_NUM_IMAG } lex_num_kind;

// A numeric literal (16 bytes). Integers that fit int64 carry the value; larger ones their digits.
typedef struct lex_num {
    uint8_t kind;      // lex_num_kind
    uint8_t base;      // 2, 8, 10 or 16 (integers)
    bool is_big;       // an integer too large for v.ival: see v.digits
    uint32_t n_digits; // is_big: length of v.digits
    union {
        int64_t ival;       // integer value when !is_big
        double fval;        // value of a float, or of the imaginary part
        const char *digits; // is_big: digits without prefix and underscores, NUL-terminated
    } v;
} lex_num;

typedef enum lex_str_kind { LEX_STR_STR, LEX_STR_BYTES } lex_str_kind;

// A string or bytes literal after escapes and concatenation of adjacent literals.
typedef struct lex_str {
    const char *bytes; // decoded bytes (UTF-8 for str), NUL-terminated, may contain NULs
    uint32_t len;
    lex_str_kind kind;
    bool is_fstring; // some part was an f-string (the literal is a format template)
    // f-strings: the newlines of injected text stock's lexer has passed when it starts on
    // this literal's `.format(...)` (see unit_line_shift)
    uint32_t line_extra;
    bool is_tstring; // unused: a t-string comes as the NAME __template__, then its arguments
} lex_str;

typedef union lex_value {
    intern_id name;     // NAME
    const lex_num *num; // NUMBER
    const lex_str *str; // STRING, BYTES
} lex_value;

typedef struct lex_token {
    int kind; // TOK_* or a character; 0 at the end of input
    src_span span;
    lex_value v;
} lex_token;

typedef struct lex_state lex_state;

// Allocated in the unit's arena; NULL when memory ran out.
lex_state *lex_new(comp_unit *u);
// Produces the next token; after the end it keeps returning 0.
int lex_next(lex_state *lx, lex_token *tok);

#endif
