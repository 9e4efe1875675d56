// Lexer internals shared by the scanner (lexer.re), the layout layer (layout.c), number
// conversion (lex_num.c) and string decoding (lex_str.c). Nothing here leaves compiler/lex.
// All state lives in one lex_state in the unit's arena; there are no globals.
#ifndef MPYC_LEX_INTERNAL_H
#define MPYC_LEX_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lex.h"

// For the rare paths of hot functions: keeps them out of line so the common path stays short.
#if defined(__GNUC__)
#define LEX_COLD __attribute__((noinline, cold))
#else
#define LEX_COLD
#endif

// CPython's limits (Parser/tokenizer.h): indentation levels and bracket nesting.
enum {
    LEX_MAX_INDENT = 100,   // "too many levels of indentation"
    LEX_MAX_BRACKETS = 200, // "too many nested parentheses"
    LEX_MAX_INJECT = 100,   // nested f-strings being lexed at once
};

// Raw token kinds the scanner gives the layout layer besides the parser's kinds.
enum {
    LEX_RAW_NEWLINE = -1, // a '\n' outside brackets, after tokens on the line
    LEX_RAW_EOF = -2,     // the end of the source text
    LEX_RAW_SKIP = -3,    // nothing to return (the scanner continues)
};

// A growable byte buffer in the arena (old storage is left behind when it grows, so the waste
// is bounded by the largest literal). Used as scratch for string bodies and f-string arguments.
typedef struct lex_buf {
    char *buf;
    uint32_t len, cap;
} lex_buf;

// An open bracket: its character and where it is.
typedef struct lex_bracket {
    uint32_t off; // source offset of the opener
    char ch;      // '(', '[' or '{'
} lex_bracket;

// A piece of injected text whose bytes were copied from src_off onwards (for token spans).
typedef struct lex_seg {
    uint32_t buf_off; // first byte of the piece in the injected buffer
    uint32_t src_off; // where that byte came from in the source text
    uint32_t len;     // bytes in the piece
} lex_seg;

// Text being lexed in place of the source: the `.format(...)` of an f-string.
typedef struct lex_inject {
    const char *saved_cur, *saved_lim, *saved_base; // where to resume afterwards
    const char *base;                               // start of the injected text
    src_span span;       // the literal it came from (span of made-up tokens)
    const lex_seg *segs; // pieces copied from the source, by increasing buf_off
    uint32_t n_segs;
    int depth;        // bracket depth when the text started
    const char *scan; // newlines of the text before this are counted in lx->inj_newlines
} lex_inject;

struct lex_state {
    comp_unit *u;
    const char *cur, *lim, *mar, *tok; // re2c cursor, limit, marker, token start
    const char *base;                  // start of the text being scanned (source or injected)
    const char *src;                   // u->src.text

    // Layout (layout.c).
    uint32_t indents[LEX_MAX_INDENT + 1];     // columns, tabs to multiples of 8; [0] = 0
    uint32_t alt_indents[LEX_MAX_INDENT + 1]; // columns with tab size 1 (consistency check)
    int n_indents;                            // entries in indents (>= 1)
    int pending;                              // > 0: INDENTs to give, < 0: DEDENTs to give
    bool at_bol;                              // the next token starts a logical line
    bool eof_done;                            // the end was reached and everything after it given
    bool eof_newline_given;
    uint32_t line_off; // offset of the first token of the current logical line

    // Brackets.
    lex_bracket brackets[LEX_MAX_BRACKETS];
    int depth;

    // f-string injection.
    lex_inject inject[LEX_MAX_INJECT];
    int n_inject;
    uint32_t inj_newlines; // newlines of injected text passed so far (unit_line_shift)
    bool shift_oom;        // the table of those ran out of memory (reported once)

    // The first NUL byte of the source (UINT32_MAX: none). CPython rejects the file before
    // reading any token, so it is reported first, wherever it is.
    uint32_t nul_off;
    bool nul_pending;

    // Scratch for string literals: the decoded text, the f-string arguments, their pieces.
    lex_buf str, args;
    lex_seg *segs;
    uint32_t n_segs, cap_segs;
    int extra_depth; // brackets opened past LEX_MAX_BRACKETS (already reported)
};

// The '\n' ending the line that holds p, or lim.
static inline const char *lex_line_end(const char *p, const char *lim) {
    const char *nl = memchr(p, '\n', (size_t)(lim - p));
    return nl ? nl : lim;
}

// layout.c
// The span of the text [start, end) being scanned, in source offsets (maps injected text back).
src_span lex_span_injected(const lex_state *lx, const char *start, const char *end);
static inline src_span lex_span(const lex_state *lx, const char *start, const char *end) {
    if (lx->n_inject == 0) {
        return (src_span){(uint32_t)(start - lx->src), (uint32_t)(end - start)};
    }
    return lex_span_injected(lx, start, end);
}
// Reports an error (unless already covered), marks it as reported and makes tok a YYerror.
int lex_error(lex_state *lx, lex_token *tok, src_span sp, const char *fmt, ...) PRINTF_LIKE(4, 5);
// Starts lexing injected text (NUL-terminated in the arena) until its end, then resumes.
bool lex_push_inject(lex_state *lx, const char *text, uint32_t len, src_span span,
                     const lex_seg *segs, uint32_t n_segs);
// The 1-based line holding source offset off.
uint32_t lex_line_of(lex_state *lx, uint32_t off);

// lexer.re
// Scans one raw token from lx->cur: a parser kind, YYerror, or a LEX_RAW_* kind.
int lex_scan(lex_state *lx, lex_token *tok);

// lex_num.c
// Scans a numeric literal at lx->cur (a digit, or '.' and a digit) as CPython does.
int lex_number(lex_state *lx, lex_token *tok);
// Converts the text of a valid literal (underscores allowed) into n; false on no memory.
bool lex_num_convert(arena *a, const char *text, size_t len, lex_num *n);

// lex_str.c
// Scans adjacent string/bytes literals from lx->cur (at a prefix or quote) into one token.
int lex_string(lex_state *lx, lex_token *tok);
// True when p starts a string literal (an optional prefix and a quote).
bool lex_is_string_start(const char *p);

// lex_uni.c
// One UTF-8 sequence: its code point and length, or (len 0) how many bytes of it were valid
// and why it failed, in the words of Python's decoder.
typedef struct lex_utf8 {
    uint32_t cp;
    int len;
    int n_ok;
    const char *reason;
} lex_utf8;
lex_utf8 lex_utf8_decode(const char *p, const char *lim);
// Python's message for a decoding error at `at`, pos being its position as Python counts it.
int lex_utf8_message(char *buf, size_t size, const char *at, const lex_utf8 *d, long pos);
// A name with bytes >= 0x80 in [lx->tok, lx->cur): checked as CPython checks identifiers.
int lex_name_unicode(lex_state *lx, lex_token *tok);

// Buffers.
bool lex_buf_reserve(lex_state *lx, lex_buf *b, size_t extra);

#endif
