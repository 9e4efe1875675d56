// The format-spec mini-language as stock MicroPython 1.29's str.format reads it, and the
// padding its printer applies to numbers and strings, writing through a caller's sink. No
// state, no allocation.
#include "float_fmt.h"

#include <limits.h>
#include <string.h>

// ---- Padding

// Stock pads in pieces of up to 16 bytes. Grouped zero padding ("00,000") repeats a window
// of one group's length over these patterns, chosen so the separators line up with the digits
// of the number's own grouping.
static const char pad_spaces[] = "                ";
static const char pad_zeros[] = "0000000000000000";
static const char pad_comma[] = "000,00";
static const char pad_underscore[] = "0000_000";

size_t rt_fmt_pad(const rt_fmt_sink_t *out, const char *s, size_t n, unsigned flags, char fill,
                  int width) {
    long pad = (long)width - (long)n;
    const char *chars = pad_spaces;
    long piece = 16;
    if (fill == '0') {
        if (flags & (RT_FMT_GROUP_COMMA | RT_FMT_GROUP_UNDERSCORE)) {
            bool comma = (flags & RT_FMT_GROUP_COMMA) != 0;
            piece = comma ? 4 : 5;
            chars = comma ? pad_comma : pad_underscore;
            // never start with a separator: one zero more instead (even where no padding
            // was due, as stock does)
            if (width % piece == 0) {
                pad++;
                width++;
            }
            if (width > 0) {
                chars += piece - 1 - width % piece;
            }
        } else {
            chars = pad_zeros;
        }
    } else if (fill != 0 && fill != ' ') {
        chars = &fill;
        piece = 1;
    }

    long left = 0, right = 0;
    if (flags & RT_FMT_CENTER) {
        left = pad / 2;
        right = pad - left;
    } else if (flags & RT_FMT_LEFT) {
        right = pad;
    } else {
        left = pad;
    }
    size_t total = 0;
    for (long k = left; k > 0; k -= piece) {
        size_t m = (size_t)(k < piece ? k : piece);
        out->write(out->ctx, chars, m);
        total += m;
    }
    if (n) {
        out->write(out->ctx, s, n);
        total += n;
    }
    for (long k = right; k > 0; k -= piece) {
        size_t m = (size_t)(k < piece ? k : piece);
        out->write(out->ctx, chars, m);
        total += m;
    }
    return total;
}

// Formatted number text as stock's float printer pads it: with RT_FMT_SIGN_AWARE the sign
// goes first and the padding after it.
static size_t pad_number(const rt_fmt_sink_t *out, const char *buf, size_t len, unsigned flags,
                         char fill, int width) {
    size_t total = 0;
    if ((flags & RT_FMT_SIGN_AWARE) && (buf[0] == '-' || buf[0] == '+' || buf[0] == ' ')) {
        out->write(out->ctx, buf, 1);
        total = 1;
        buf++;
        len--;
        width = width == INT_MIN ? width : width - 1;
    }
    return total + rt_fmt_pad(out, buf, len, flags, fill, width);
}

size_t rt_float_print(const rt_fmt_sink_t *out, double x, char conv, unsigned flags, char fill,
                      int width, int prec) {
    char buf[RT_FLOAT_FMT_BUF_LEN];
    size_t len = rt_float_format(buf, x, conv, prec, flags);
    return pad_number(out, buf, len, flags, fill, width);
}

size_t rt_float32_print(const rt_fmt_sink_t *out, float x, char conv, unsigned flags, char fill,
                        int width, int prec) {
    char buf[RT_FLOAT_FMT_BUF_LEN];
    size_t len = rt_float32_format(buf, x, conv, prec, flags);
    return pad_number(out, buf, len, flags, fill, width);
}

// ---- Format specs

static bool is_align(char c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static bool is_type(char c) {
    return c != 0 && strchr("bcdeEfFgGnosxX%", c) != NULL;
}

// Digits as stock reads them: into an int that wraps at 32 bits; *num untouched when there are
// no digits.
static const char *read_int(const char *s, const char *end, int *num) {
    if (s < end && *s >= '0' && *s <= '9') {
        uint32_t v = 0;
        for (; s < end && *s >= '0' && *s <= '9'; s++) {
            v = v * 10u + (uint32_t)(*s - '0');
        }
        *num = v <= INT32_MAX ? (int)v : (int)(v - 0x80000000u) + INT32_MIN;
    }
    return s;
}

rt_fmt_err_t rt_fmt_spec_parse(const char *s, size_t n, rt_fmt_spec_t *spec) {
    const char *nul = memchr(s, 0, n);
    const char *end = nul ? nul : s + n;
    *spec = (rt_fmt_spec_t){.width = -1, .prec = -1};
    if (s < end && is_align(*s)) {
        spec->align = *s++;
    } else if (end - s >= 2 && is_align(s[1])) {
        spec->fill = *s++;
        spec->align = *s++;
    }
    if (s < end && (*s == '+' || *s == '-' || *s == ' ')) {
        spec->sign = *s++;
    }
    if (s < end && *s == '#') {
        spec->alt = true;
        s++;
    }
    spec->zero = s < end && *s == '0'; // stays part of the width
    s = read_int(s, end, &spec->width);
    if (s < end && (*s == ',' || *s == '_')) {
        spec->group = *s++;
    }
    if (s < end && *s == '.') {
        s = read_int(s + 1, end, &spec->prec);
    }
    if (s < end && is_type(*s)) {
        spec->type = *s++;
    }
    return s < end ? RT_FMT_ERR_INVALID : RT_FMT_OK;
}

rt_fmt_err_t rt_fmt_spec_resolve(const rt_fmt_spec_t *spec, bool is_numeric, unsigned *flags,
                                 char *fill) {
    char align = spec->align, f = spec->fill;
    if (spec->zero) {
        if (!align && is_numeric) {
            align = '=';
        }
        if (!f) {
            f = '0';
        }
    }
    if (!align) {
        align = is_numeric ? '>' : '<';
    }
    unsigned fl = 0;
    fl |= spec->sign == '+' ? RT_FMT_PLUS : spec->sign == ' ' ? RT_FMT_SPACE : 0;
    fl |= spec->alt ? RT_FMT_ALT : 0;
    fl |= spec->group == ','   ? RT_FMT_GROUP_COMMA
          : spec->group == '_' ? RT_FMT_GROUP_UNDERSCORE
                               : 0;
    if (fl & (RT_FMT_PLUS | RT_FMT_SPACE)) {
        if (spec->type == 's') {
            return RT_FMT_ERR_SIGN_STR;
        }
        if (spec->type == 'c') {
            return RT_FMT_ERR_SIGN_CHAR;
        }
    }
    fl |= align == '<'   ? RT_FMT_LEFT
          : align == '=' ? RT_FMT_SIGN_AWARE
          : align == '^' ? RT_FMT_CENTER
                         : 0;
    if (!is_numeric && align == '=') {
        return RT_FMT_ERR_ALIGN_STR;
    }
    *flags = fl;
    *fill = f ? f : ' ';
    return RT_FMT_OK;
}

// The conversion str.format uses for a number with this spec, or 0 for an unknown type.
static rt_fmt_err_t float_spec(const rt_fmt_spec_t *spec, unsigned *flags, char *fill, char *conv) {
    rt_fmt_err_t err = rt_fmt_spec_resolve(spec, true, flags, fill);
    if (err != RT_FMT_OK) {
        return err;
    }
    char type = spec->type;
    if (type == 0 || type == 'n') {
        type = 'g';
    }
    if (!strchr("eEfFgG%", type)) {
        return RT_FMT_ERR_UNKNOWN_CODE;
    }
    *conv = type;
    return RT_FMT_OK;
}

rt_fmt_err_t rt_float_print_spec(const rt_fmt_sink_t *out, double x, const rt_fmt_spec_t *spec) {
    unsigned flags;
    char fill, conv;
    rt_fmt_err_t err = float_spec(spec, &flags, &fill, &conv);
    if (err == RT_FMT_OK) {
        rt_float_print(out, x, conv, flags, fill, spec->width, spec->prec);
    }
    return err;
}

rt_fmt_err_t rt_float32_print_spec(const rt_fmt_sink_t *out, float x, const rt_fmt_spec_t *spec) {
    unsigned flags;
    char fill, conv;
    rt_fmt_err_t err = float_spec(spec, &flags, &fill, &conv);
    if (err == RT_FMT_OK) {
        rt_float32_print(out, x, conv, flags, fill, spec->width, spec->prec);
    }
    return err;
}

const char *rt_fmt_err_text(rt_fmt_err_t err) {
    switch (err) {
        case RT_FMT_OK:
            return "";
        case RT_FMT_ERR_INVALID:
            return "invalid format specifier";
        case RT_FMT_ERR_SIGN_STR:
            return "sign not allowed in string format specifier";
        case RT_FMT_ERR_SIGN_CHAR:
            return "sign not allowed with integer format specifier 'c'";
        case RT_FMT_ERR_ALIGN_STR:
            return "'=' alignment not allowed in string format specifier";
        case RT_FMT_ERR_UNKNOWN_CODE:
            return "unknown format code '%c' for object of type '%s'";
    }
    return "";
}
