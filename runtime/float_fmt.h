// Float text as stock MicroPython 1.29 (unix port, x86-64) writes and reads it: repr/str,
// the e/f/g/% conversions of '%' and str.format, the format-spec mini-language, padding, and
// float()/complex() parsing, bit for bit (built with RT_FLOAT_FMT_QUAD: as its webassembly
// port does). Self-contained: no allocation, no stdio, no libm, no state; output goes to caller
// buffers or through a write callback.
#ifndef RT_FLOAT_FMT_H
#define RT_FLOAT_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// ---- Converting one float to text

// Room rt_float_format needs in its buffer, terminating NUL included (the longest output is
// 35 bytes: stock formats into a 33-byte buffer and may add ".0" or '%').
#define RT_FLOAT_FMT_BUF_LEN 40

// Flags shared by rt_float_format, rt_float_print and rt_fmt_pad.
enum {
    RT_FMT_LEFT = 0x001,             // '<' or '%-': pad on the right
    RT_FMT_CENTER = 0x002,           // '^': pad both sides, the extra one on the right
    RT_FMT_SIGN_AWARE = 0x004,       // '=' or '%0': the sign first, then the padding, then digits
    RT_FMT_PLUS = 0x008,             // '+': a '+' before numbers that are not negative
    RT_FMT_SPACE = 0x010,            // ' ': a space there instead
    RT_FMT_ALT = 0x020,              // '#': accepted; stock's float conversions ignore it
    RT_FMT_DECIMAL = 0x040,          // append ".0" when the text has no '.', 'e' or 'n' (repr)
    RT_FMT_PERCENT = 0x080,          // append '%'
    RT_FMT_GROUP_COMMA = 0x100,      // ',': only changes zero padding (see rt_fmt_pad)
    RT_FMT_GROUP_UNDERSCORE = 0x200, // '_': likewise
};

// The precision that asks for repr's digits (stock treats a precision of 99 this way in any
// conversion: "{:.99g}".format(0.1) is '0.1').
#define RT_FLOAT_REPR_PREC 99

// Writes x as conversion `conv` into buf (RT_FLOAT_FMT_BUF_LEN bytes), NUL-terminated, and
// returns the length. conv: 'e' 'E' 'f' 'F' 'g' 'G' (any other letter acts as 'e', as in stock),
// '%' (x * 100 as 'f' followed by '%'), or 'r' (repr and str: 'g' with RT_FLOAT_REPR_PREC and
// RT_FMT_DECIMAL). prec < 0 means 6. Honours RT_FMT_PLUS, RT_FMT_SPACE, RT_FMT_DECIMAL and
// RT_FMT_PERCENT; ignores the other flags.
size_t rt_float_format(char *buf, double x, char conv, int prec, unsigned flags);

// repr(x) and str(x): rt_float_format(buf, x, 'r', 0, 0).
size_t rt_float_repr(char *buf, double x);

// Room rt_complex_repr needs, terminating NUL included.
#define RT_COMPLEX_FMT_BUF_LEN (2 * RT_FLOAT_FMT_BUF_LEN + 4)

// repr(complex(re, im)) and str(): "(1+2j)", or "2j" when re == 0 (also -0.0); the parts are
// repr's digits without the ".0" ("(1.5-1j)"). Returns the length.
size_t rt_complex_repr(char *buf, double re, double im);

// ---- Padding and printing through a sink

typedef struct rt_fmt_sink {
    void (*write)(void *ctx, const char *s, size_t n);
    void *ctx;
} rt_fmt_sink_t;

// Writes s[0..n) padded to `width` with `fill` (0 means ' '): right-aligned unless RT_FMT_LEFT
// or RT_FMT_CENTER. Zero padding with a RT_FMT_GROUP_* flag repeats stock's grouped pattern
// ("00,1234.5"). Returns the number of bytes written. Padding is written in short pieces.
size_t rt_fmt_pad(const rt_fmt_sink_t *out, const char *s, size_t n, unsigned flags, char fill,
                  int width);

// A float as stock's '%' operator and str.format print it: rt_float_format, then the sign
// alone and the rest padded when RT_FMT_SIGN_AWARE, else all of it padded. Returns the number of
// bytes written.
size_t rt_float_print(const rt_fmt_sink_t *out, double x, char conv, unsigned flags, char fill,
                      int width, int prec);

// ---- The format-spec mini-language: [[fill]align][sign][#][0][width][,|_][.precision][type]

typedef struct rt_fmt_spec {
    char fill;  // the fill byte, 0 when not given
    char align; // '<' '>' '=' '^', or 0
    char sign;  // '+' '-' ' ', or 0
    bool alt;   // '#'
    bool zero;  // a '0' starts the width
    char group; // ',' or '_', or 0
    int width;  // -1 when not given (stock wraps huge values at 32 bits as it does)
    int prec;   // -1 when not given or when '.' has no digits
    char type;  // one of "bcdeEfFgGnosxX%", or 0
} rt_fmt_spec_t;

typedef enum rt_fmt_err {
    RT_FMT_OK = 0,
    RT_FMT_ERR_INVALID,     // "invalid format specifier"
    RT_FMT_ERR_SIGN_STR,    // "sign not allowed in string format specifier"
    RT_FMT_ERR_SIGN_CHAR,   // "sign not allowed with integer format specifier 'c'"
    RT_FMT_ERR_ALIGN_STR,   // "'=' alignment not allowed in string format specifier"
    RT_FMT_ERR_UNKNOWN_CODE // "unknown format code '%c' for object of type '%s'"
} rt_fmt_err_t;

// The ValueError text of an error (for RT_FMT_ERR_UNKNOWN_CODE a template with %c for the
// type letter and %s for the object's type name).
const char *rt_fmt_err_text(rt_fmt_err_t err);

// Parses a format spec (nested {} fields already substituted). A NUL byte ends the spec, as
// in stock. Returns RT_FMT_OK or RT_FMT_ERR_INVALID.
rt_fmt_err_t rt_fmt_spec_parse(const char *s, size_t n, rt_fmt_spec_t *spec);

// Stock's defaults for an argument that is a number (int, bool, float) or not: alignment ('>'
// for numbers, else '<'; a leading '0' makes numbers '='), fill ' ', the sign checks for types
// 's' and 'c', and '=' refused for non-numbers. Fills *flags with RT_FMT_* bits and *fill.
rt_fmt_err_t rt_fmt_spec_resolve(const rt_fmt_spec_t *spec, bool is_numeric, unsigned *flags,
                                 char *fill);

// str.format of a float (or of an int with a float type, converted by the caller): resolves the
// spec as a number and prints. No type or 'n' means 'g'. Returns RT_FMT_ERR_UNKNOWN_CODE for
// types other than e E f F g G n % (nothing is written on error).
rt_fmt_err_t rt_float_print_spec(const rt_fmt_sink_t *out, double x, const rt_fmt_spec_t *spec);

// ---- Parsing

// float(text): optional whitespace (\t\n\v\f\r and space), sign, then "inf", "infinity" or
// "nan" in any case, or decimal digits with '.', an exponent and '_' anywhere (stock accepts
// "1__0", "_", "." and "1e "), optional whitespace. Rounds as stock does (not always to the
// nearest double). Returns false for "invalid syntax for number".
bool rt_float_parse_str(const char *s, size_t len, double *out);

// A number literal or .mpy float constant: as rt_float_parse_str, and a trailing 'j' or 'J' makes
// it imaginary (*is_imag set; "j" alone is 1j).
bool rt_float_parse_literal(const char *s, size_t len, double *out, bool *is_imag);

// complex(text): "1.5", "2j", "1+2j", "-j", " 3-4.5e1J " as stock reads them.
bool rt_complex_parse_str(const char *s, size_t len, double *re, double *im);

// The ValueError text of the parse functions.
#define RT_FLOAT_PARSE_ERR_TEXT "invalid syntax for number"

// ---- Single precision
//
// The same as stock's 32-bit-float ports (MICROPY_FLOAT_IMPL_FLOAT with the default
// "approximate" conversions) print and read floats: at most 9 significant digits, scaling in
// float arithmetic by powf(5, n) (taken as correctly rounded), a search on the last digits for
// text that reads back. Not checked against a stock binary (none here); see the unit tests.
// Buffers and flags as for the double functions.
size_t rt_float32_format(char *buf, float x, char conv, int prec, unsigned flags);
size_t rt_float32_repr(char *buf, float x);
size_t rt_complex32_repr(char *buf, float re, float im);
size_t rt_float32_print(const rt_fmt_sink_t *out, float x, char conv, unsigned flags, char fill,
                        int width, int prec);
rt_fmt_err_t rt_float32_print_spec(const rt_fmt_sink_t *out, float x, const rt_fmt_spec_t *spec);
bool rt_float32_parse_str(const char *s, size_t len, float *out);
bool rt_float32_parse_literal(const char *s, size_t len, float *out, bool *is_imag);
bool rt_complex32_parse_str(const char *s, size_t len, float *re, float *im);

#endif
