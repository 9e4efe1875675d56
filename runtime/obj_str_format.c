// String formatting: str.format (which f-strings compile to), format(value, spec) with the
// format-spec mini-language, and printf-style `%` for str and bytes.
#include <math.h>
#include <string.h>

#include "int_big.h"
#include "runtime.h"
#include "str_internal.h"

typedef struct spec {
    char fill;
    char align; // 0, '<', '>', '^', '='
    char sign;  // 0, '+', '-', ' '
    bool alt;
    char grouping; // 0, ',', '_'
    int width;     // -1: none
    int prec;      // -1: none
    char type;     // 0 or the type letter
} spec;

static RT_NORETURN void bad_spec(void) {
    rt_raise_msg(&rt_type_ValueError, "invalid format specifier");
}

static void parse_spec(const char *s, size_t len, spec *f) {
    const char *p = s, *end = s + len;
    f->fill = ' ';
    f->align = 0;
    f->sign = 0;
    f->alt = false;
    f->grouping = 0;
    f->width = -1;
    f->prec = -1;
    f->type = 0;
    if (end - p >= 2 && (p[1] == '<' || p[1] == '>' || p[1] == '^' || p[1] == '=')) {
        f->fill = p[0];
        f->align = p[1];
        p += 2;
    } else if (p < end && (*p == '<' || *p == '>' || *p == '^' || *p == '=')) {
        f->align = *p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) {
        f->sign = *p++;
    }
    if (p < end && *p == '#') {
        f->alt = true;
        p++;
    }
    if (p < end && *p == '0') {
        if (f->align == 0) {
            f->fill = '0';
            f->align = '=';
        }
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        f->width = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (f->width > 100000) {
                bad_spec();
            }
            f->width = f->width * 10 + (*p++ - '0');
        }
    }
    if (p < end && (*p == ',' || *p == '_')) {
        f->grouping = *p++;
    }
    if (p < end && *p == '.') {
        p++;
        if (p == end || *p < '0' || *p > '9') {
            bad_spec();
        }
        f->prec = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (f->prec > 100000) {
                bad_spec();
            }
            f->prec = f->prec * 10 + (*p++ - '0');
        }
    }
    if (p < end) {
        f->type = *p++;
    }
    if (p != end) {
        bad_spec();
    }
}

// Pads `body` (sign/prefix in the first `prefix_len` bytes) to the spec's width.
static void emit_padded(rt_vstr_t *out, const char *body, size_t len, size_t prefix_len,
                        const spec *f, char default_align) {
    size_t chars = rt_utf8_charlen((const uint8_t *)body, len);
    char align = f->align ? f->align : default_align;
    size_t pad = f->width > 0 && (size_t)f->width > chars ? (size_t)f->width - chars : 0;
    size_t left = 0, right = 0;
    switch (align) {
        case '<':
            right = pad;
            break;
        case '^':
            left = pad / 2;
            right = pad - left;
            break;
        case '=':
            rt_vstr_add_strn(out, body, prefix_len);
            body += prefix_len;
            len -= prefix_len;
            left = pad;
            break;
        default:
            left = pad;
            break;
    }
    for (size_t i = 0; i < left; i++) {
        rt_vstr_add_char(out, f->fill);
    }
    rt_vstr_add_strn(out, body, len);
    for (size_t i = 0; i < right; i++) {
        rt_vstr_add_char(out, f->fill);
    }
}

// Inserts a grouping character every 3 digits (every 4 for non-decimal bases) of `digits`.
static void add_grouped(rt_vstr_t *v, const char *digits, size_t n, char sep, int every) {
    for (size_t i = 0; i < n; i++) {
        if (sep && i > 0 && (n - i) % (size_t)every == 0) {
            rt_vstr_add_char(v, sep);
        }
        rt_vstr_add_char(v, digits[i]);
    }
}

static void format_int(rt_vstr_t *out, rt_obj_t value, const spec *f) {
    char type = f->type ? f->type : 'd';
    unsigned base = 10;
    const char *prefix = "";
    switch (type) {
        case 'b':
            base = 2;
            prefix = "0b";
            break;
        case 'o':
            base = 8;
            prefix = "0o";
            break;
        case 'x':
            base = 16;
            prefix = "0x";
            break;
        case 'X':
            base = 16;
            prefix = "0X";
            break;
        case 'c': {
            rt_vstr_t v;
            rt_vstr_init(&v, 8);
            rt_vstr_add_unichar(&v, (uint32_t)rt_obj_get_int(value));
            emit_padded(out, v.buf, v.len, 0, f, '<');
            return;
        }
        case 'd':
        case 'n':
            break;
        default:
            rt_raise_fmt(&rt_type_ValueError, "unknown format code '%c' for object of type 'int'",
                         type);
    }
    bool neg = rt_int_sign(value) < 0;
    rt_obj_t mag = neg ? rt_unary_op(RT_UNARY_OP_NEGATIVE, value) : value;
    rt_vstr_t digits;
    rt_vstr_init(&digits, 24);
    rt_print_t dp;
    rt_vstr_print(&dp, &digits);
    if (RT_OBJ_IS_SMALL_INT(mag)) {
        char buf[70];
        size_t n = rt_format_uint(buf, (uint64_t)RT_OBJ_SMALL_INT_VALUE(mag), base, type == 'X');
        rt_vstr_add_strn(&digits, buf, n);
    } else {
        rt_int_big_print(&dp, mag, base);
        if (type == 'X') {
            for (size_t i = 0; i < digits.len; i++) {
                if (digits.buf[i] >= 'a' && digits.buf[i] <= 'f') {
                    digits.buf[i] = (char)(digits.buf[i] - 32);
                }
            }
        }
    }
    rt_vstr_t body;
    rt_vstr_init(&body, digits.len + 8);
    if (neg) {
        rt_vstr_add_char(&body, '-');
    } else if (f->sign == '+' || f->sign == ' ') {
        rt_vstr_add_char(&body, f->sign);
    }
    if (f->alt) {
        rt_vstr_add_str(&body, prefix);
    }
    size_t prefix_len = body.len;
    add_grouped(&body, digits.buf, digits.len, f->grouping, base == 10 ? 3 : 4);
    emit_padded(out, body.buf, body.len, prefix_len, f, '>');
}

#if RT_CONFIG_FLOAT
// Fixed notation of |v| with `prec` digits after the point, into v.
static void fixed_digits(rt_vstr_t *o, double v, int prec) {
    char digits[24];
    if (v == 0) {
        rt_vstr_add_char(o, '0');
        if (prec > 0) {
            rt_vstr_add_char(o, '.');
            for (int i = 0; i < prec; i++) {
                rt_vstr_add_char(o, '0');
            }
        }
        return;
    }
    int e = rt_float_digits(v, 17, digits); // v = 0.d1..d17 * 10^e
    int n = e + prec;                       // significant digits needed
    if (n > 17) {
        n = 17;
    }
    char d[24];
    int de = e;
    if (n <= 0) {
        // Everything rounds away, except up to one unit in the last place.
        double unit = pow(10.0, -prec);
        bool up = n == 0 && v >= unit / 2;
        rt_vstr_add_char(o, '0');
        if (prec > 0) {
            rt_vstr_add_char(o, '.');
            for (int i = 0; i < prec - 1; i++) {
                rt_vstr_add_char(o, '0');
            }
            rt_vstr_add_char(o, up ? '1' : '0');
        } else if (up) {
            o->buf[o->len - 1] = '1';
        }
        return;
    }
    de = rt_float_digits(v, n, d);
    // Integer part: digits d[0 .. de-1] (zeros past n); fraction: d[de ..].
    if (de <= 0) {
        rt_vstr_add_char(o, '0');
    } else {
        for (int i = 0; i < de; i++) {
            rt_vstr_add_char(o, i < n ? d[i] : '0');
        }
    }
    if (prec > 0) {
        rt_vstr_add_char(o, '.');
        for (int i = 0; i < prec; i++) {
            int idx = de + i;
            rt_vstr_add_char(o, idx >= 0 && idx < n ? d[idx] : '0');
        }
    }
}

static void exp_digits(rt_vstr_t *o, double v, int prec, char e_char) {
    char d[24];
    int n = prec + 1;
    if (n > 17) {
        n = 17;
    }
    int e = v == 0 ? 1 : rt_float_digits(v, n, d);
    if (v == 0) {
        memset(d, '0', (size_t)n);
    }
    rt_vstr_add_char(o, d[0]);
    if (prec > 0) {
        rt_vstr_add_char(o, '.');
        for (int i = 1; i <= prec; i++) {
            rt_vstr_add_char(o, i < n ? d[i] : '0');
        }
    }
    int x = e - 1;
    rt_vstr_add_char(o, e_char);
    rt_vstr_add_char(o, x < 0 ? '-' : '+');
    if (x < 0) {
        x = -x;
    }
    if (x < 10) {
        rt_vstr_add_char(o, '0');
    }
    char buf[8];
    size_t bn = rt_format_uint(buf, (uint64_t)x, 10, false);
    rt_vstr_add_strn(o, buf, bn);
}

static void strip_zeros(rt_vstr_t *o, size_t from) {
    // Drops trailing zeros of the fraction (and the point) in o->buf[from..], before any 'e'.
    char *s = o->buf + from;
    size_t len = o->len - from;
    char *e = memchr(s, 'e', len);
    if (e == NULL) {
        e = memchr(s, 'E', len);
    }
    size_t mant_end = e ? (size_t)(e - s) : len;
    if (memchr(s, '.', mant_end) == NULL) {
        return;
    }
    size_t k = mant_end;
    while (k > 0 && s[k - 1] == '0') {
        k--;
    }
    if (k > 0 && s[k - 1] == '.') {
        k--;
    }
    memmove(s + k, s + mant_end, len - mant_end);
    o->len = from + k + (len - mant_end);
    o->buf[o->len] = 0;
}

static void format_float(rt_vstr_t *out, double v, const spec *f) {
    char type = f->type;
    rt_vstr_t body;
    rt_vstr_init(&body, 32);
    bool neg = signbit(v);
    double a = neg ? -v : v;
    if (neg && !(v != v)) {
        rt_vstr_add_char(&body, '-');
    } else if (f->sign == '+' || f->sign == ' ') {
        rt_vstr_add_char(&body, f->sign);
    }
    size_t prefix_len = body.len;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (v != v || isinf(v)) {
        rt_vstr_add_str(&body, v != v ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (type == '%') {
            rt_vstr_add_char(&body, '%');
        }
    } else if (type == 0 && f->prec < 0) {
        char buf[40];
        size_t n = rt_float_format_repr(buf, sizeof buf, (rt_float_t)a);
        rt_vstr_add_strn(&body, buf, n);
    } else {
        int prec = f->prec < 0 ? 6 : f->prec;
        size_t start = body.len;
        switch (type) {
            case 'f':
            case 'F':
                fixed_digits(&body, a, prec);
                break;
            case '%':
                fixed_digits(&body, a * 100, prec);
                rt_vstr_add_char(&body, '%');
                break;
            case 'e':
            case 'E':
                exp_digits(&body, a, prec, type);
                break;
            case 'g':
            case 'G':
            case 0: {
                if (prec == 0) {
                    prec = 1;
                }
                char d[24];
                int x = a == 0 ? 0 : rt_float_digits(a, prec > 17 ? 17 : prec, d) - 1;
                if (x >= -4 && x < prec) {
                    fixed_digits(&body, a, prec - 1 - x);
                } else {
                    exp_digits(&body, a, prec - 1, type == 'G' ? 'E' : 'e');
                }
                if (!f->alt) {
                    strip_zeros(&body, start);
                }
                if (type == 0 && memchr(body.buf + start, '.', body.len - start) == NULL &&
                    memchr(body.buf + start, 'e', body.len - start) == NULL) {
                    rt_vstr_add_str(&body, ".0");
                }
                break;
            }
            default:
                rt_raise_fmt(&rt_type_ValueError,
                             "unknown format code '%c' for object of type 'float'", type);
        }
        if (f->grouping) {
            // Group the integer digits.
            char *s = body.buf + start;
            size_t n = body.len - start, intlen = 0;
            while (intlen < n && s[intlen] >= '0' && s[intlen] <= '9') {
                intlen++;
            }
            rt_vstr_t g;
            rt_vstr_init(&g, body.len + intlen / 3 + 1);
            rt_vstr_add_strn(&g, body.buf, start);
            add_grouped(&g, s, intlen, f->grouping, 3);
            rt_vstr_add_strn(&g, s + intlen, n - intlen);
            body = g;
        }
    }
    emit_padded(out, body.buf, body.len, prefix_len, f, '>');
}
#endif

static void format_into(rt_vstr_t *out, rt_obj_t value, const char *sp, size_t sl) {
    if (sl == 0) {
        rt_print_t p;
        rt_vstr_print(&p, out);
        rt_obj_print(&p, value, RT_PRINT_STR);
        return;
    }
    spec f;
    parse_spec(sp, sl, &f);
    bool is_bool = value == RT_CONST_TRUE || value == RT_CONST_FALSE;
#if RT_CONFIG_FLOAT
    bool float_type = f.type == 'e' || f.type == 'E' || f.type == 'f' || f.type == 'F' ||
                      f.type == 'g' || f.type == 'G' || f.type == '%';
#else
    bool float_type = false;
#endif
    if (rt_obj_is_int(value) || (is_bool && f.type != 0 && f.type != 's')) {
        if (is_bool) {
            value = RT_OBJ_NEW_SMALL_INT(value == RT_CONST_TRUE);
        }
#if RT_CONFIG_FLOAT
        if (float_type) {
            format_float(out, (double)rt_obj_get_float(value), &f);
            return;
        }
#endif
        if (f.type == 's') {
            rt_raise_msg(&rt_type_ValueError, "unknown format code 's' for object of type 'int'");
        }
        format_int(out, value, &f);
        return;
    }
#if RT_CONFIG_FLOAT
    if (RT_OBJ_IS_OBJ_OF(value, &rt_type_float)) {
        if (f.type != 0 && !float_type) {
            rt_raise_fmt(&rt_type_ValueError, "unknown format code '%c' for object of type 'float'",
                         f.type);
        }
        format_float(out, (double)rt_obj_get_float(value), &f);
        return;
    }
#endif
    (void)float_type;
    if (f.type != 0 && f.type != 's') {
        rt_raise_fmt(&rt_type_ValueError, "unknown format code '%c' for object of type '%T'",
                     f.type, value);
    }
    rt_obj_t s = rt_obj_str(value);
    size_t len;
    const uint8_t *d = rt_str_bytes(s, &len);
    if (f.prec >= 0) {
        len = rt_utf8_offset(d, len, (size_t)f.prec);
    }
    emit_padded(out, (const char *)d, len, 0, &f, '<');
}

rt_obj_t rt_format_value(rt_obj_t value, const char *spec_s, size_t spec_len) {
    rt_vstr_t v;
    rt_vstr_init(&v, 16);
    format_into(&v, value, spec_s, spec_len);
    return rt_str_new_from_vstr(&v);
}

// ---------------------------------------------------------------------------------------------
// str.format

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

rt_obj_t rt_str_format(size_t n_args, const rt_obj_t *args, rt_map_t *kw) {
    size_t len;
    const char *s = rt_obj_str_get_data(args[0], &len);
    const char *p = s, *end = s + len;
    rt_vstr_t out;
    rt_vstr_init(&out, len + 16);
    size_t auto_index = 0;
    while (p < end) {
        char c = *p++;
        if (c == '}') {
            if (p < end && *p == '}') {
                p++;
                rt_vstr_add_char(&out, '}');
                continue;
            }
            rt_raise_msg(&rt_type_ValueError, "single '}' encountered in format string");
        }
        if (c != '{') {
            rt_vstr_add_char(&out, c);
            continue;
        }
        if (p < end && *p == '{') {
            p++;
            rt_vstr_add_char(&out, '{');
            continue;
        }
        // Field: name [!conv] [:spec], spec may contain one level of {nested} fields.
        const char *name = p;
        while (p < end && *p != '}' && *p != '!' && *p != ':') {
            if (*p == '[') {
                while (p < end && *p != ']') {
                    p++;
                }
            }
            if (p < end) {
                p++;
            }
        }
        const char *name_end = p;
        char conv = 0;
        if (p < end && *p == '!') {
            p++;
            if (p >= end) {
                break;
            }
            conv = *p++;
            if (conv != 'r' && conv != 's' && conv != 'a') {
                rt_raise_msg(&rt_type_ValueError, "bad conversion specifier");
            }
        }
        const char *sp = p, *sp_end = p;
        bool nested = false;
        if (p < end && *p == ':') {
            p++;
            sp = p;
            int depth = 0;
            while (p < end && (*p != '}' || depth > 0)) {
                if (*p == '{') {
                    depth++;
                    nested = true;
                } else if (*p == '}') {
                    depth--;
                }
                p++;
            }
            sp_end = p;
        }
        if (p >= end || *p != '}') {
            rt_raise_msg(&rt_type_ValueError, "expected '}' before end of string");
        }
        p++;
        // Resolve the field.
        rt_obj_t value;
        const char *q = name;
        if (q == name_end || *q == '.' || *q == '[') {
            if (auto_index == SIZE_MAX) {
                rt_raise_msg(
                    &rt_type_ValueError,
                    "can't switch from manual field specification to automatic field numbering");
            }
            if (auto_index + 1 >= n_args) {
                rt_raise_msg(&rt_type_IndexError, "tuple index out of range");
            }
            value = args[1 + auto_index++];
        } else if (is_digit(*q)) {
            size_t idx = 0;
            while (q < name_end && is_digit(*q)) {
                idx = idx * 10 + (size_t)(*q++ - '0');
                if (idx > 100000) {
                    break;
                }
            }
            if (auto_index > 0 && auto_index != SIZE_MAX) {
                rt_raise_msg(
                    &rt_type_ValueError,
                    "can't switch from automatic field numbering to manual field specification");
            }
            auto_index = SIZE_MAX;
            if (idx + 1 >= n_args) {
                rt_raise_msg(&rt_type_IndexError, "tuple index out of range");
            }
            value = args[1 + idx];
        } else {
            const char *k = q;
            while (q < name_end && *q != '.' && *q != '[') {
                q++;
            }
            rt_obj_t key = RT_OBJ_NEW_QSTR(rt_qstr_from_strn(k, (size_t)(q - k)));
            rt_map_elem_t *e = kw ? rt_map_lookup(kw, key, RT_MAP_LOOKUP) : NULL;
            if (e == NULL) {
                rt_raise_obj(&rt_type_KeyError, key);
            }
            value = e->value;
        }
        while (q < name_end) {
            if (*q == '.') {
                const char *a = ++q;
                while (q < name_end && *q != '.' && *q != '[') {
                    q++;
                }
                value = rt_load_attr(value, rt_qstr_from_strn(a, (size_t)(q - a)));
            } else if (*q == '[') {
                const char *a = ++q;
                while (q < name_end && *q != ']') {
                    q++;
                }
                rt_obj_t key;
                bool numeric = q > a;
                for (const char *t = a; t < q; t++) {
                    numeric &= is_digit(*t);
                }
                key =
                    numeric ? rt_int_parse(a, (size_t)(q - a), 10) : rt_str_new(a, (size_t)(q - a));
                value = rt_subscr(value, key, RT_OBJ_SENTINEL);
                if (q < name_end) {
                    q++;
                }
            } else {
                rt_raise_msg(&rt_type_ValueError, "bad format field name");
            }
        }
        if (conv == 'r' || conv == 'a') {
            value = rt_obj_repr(value);
        } else if (conv == 's') {
            value = rt_obj_str(value);
        }
        if (nested) {
            rt_obj_t *fargs = RT_NEW_ARRAY(rt_obj_t, n_args);
            memcpy(fargs, args, n_args * sizeof(rt_obj_t));
            fargs[0] = rt_str_new(sp, (size_t)(sp_end - sp));
            rt_obj_t spec_str = rt_str_format(n_args, fargs, kw);
            size_t nl;
            const char *ns = rt_obj_str_get_data(spec_str, &nl);
            format_into(&out, value, ns, nl);
        } else {
            format_into(&out, value, sp, (size_t)(sp_end - sp));
        }
    }
    return rt_str_new_from_vstr(&out);
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting: fmt % args

rt_obj_t rt_str_modulo(rt_obj_t fmt_obj, rt_obj_t args_obj) {
    size_t len;
    const uint8_t *fmt = rt_str_bytes(fmt_obj, &len);
    bool bytes = !RT_OBJ_IS_QSTR(fmt_obj) && rt_obj_get_type(fmt_obj) == &rt_type_bytes;
    size_t n_args = 1;
    rt_obj_t *args = &args_obj;
    rt_obj_t dict = RT_OBJ_NULL;
    if (rt_obj_is_type(args_obj, &rt_type_tuple)) {
        rt_tuple_get(args_obj, &n_args, &args);
    } else if (RT_OBJ_IS_PTR(args_obj) && args_obj != NULL &&
               rt_type_is_subclass(rt_obj_get_type(args_obj), &rt_type_dict)) {
        dict = args_obj;
    }
    size_t ai = 0;
    rt_vstr_t out;
    rt_vstr_init(&out, len + 16);
    const char *p = (const char *)fmt, *end = p + len;
    while (p < end) {
        char c = *p++;
        if (c != '%') {
            rt_vstr_add_char(&out, c);
            continue;
        }
        if (p >= end) {
            rt_raise_msg(&rt_type_ValueError, "incomplete format");
        }
        if (*p == '%') {
            p++;
            rt_vstr_add_char(&out, '%');
            continue;
        }
        rt_obj_t value = RT_OBJ_NULL;
        if (*p == '(') {
            if (dict == RT_OBJ_NULL) {
                rt_raise_msg(&rt_type_TypeError, "format requires a dict");
            }
            const char *k = ++p;
            while (p < end && *p != ')') {
                p++;
            }
            if (p >= end) {
                rt_raise_msg(&rt_type_ValueError, "incomplete format key");
            }
            value = rt_subscr(dict, rt_str_new(k, (size_t)(p - k)), RT_OBJ_SENTINEL);
            p++;
        }
        spec f = {' ', '>', 0, false, 0, -1, -1, 0};
        for (; p < end; p++) {
            if (*p == '-') {
                f.align = '<';
            } else if (*p == '+') {
                f.sign = '+';
            } else if (*p == ' ') {
                if (f.sign == 0) {
                    f.sign = ' ';
                }
            } else if (*p == '#') {
                f.alt = true;
            } else if (*p == '0') {
                if (f.align != '<') {
                    f.fill = '0';
                    f.align = '=';
                }
            } else {
                break;
            }
        }
        if (p < end && *p == '*') {
            if (ai >= n_args) {
                goto not_enough;
            }
            f.width = (int)rt_obj_get_int(args[ai++]);
            p++;
        } else {
            while (p < end && is_digit(*p)) {
                f.width = (f.width < 0 ? 0 : f.width) * 10 + (*p++ - '0');
            }
        }
        if (p < end && *p == '.') {
            p++;
            f.prec = 0;
            if (p < end && *p == '*') {
                if (ai >= n_args) {
                    goto not_enough;
                }
                f.prec = (int)rt_obj_get_int(args[ai++]);
                p++;
            } else {
                while (p < end && is_digit(*p)) {
                    f.prec = f.prec * 10 + (*p++ - '0');
                }
            }
        }
        if (p >= end) {
            rt_raise_msg(&rt_type_ValueError, "incomplete format");
        }
        char conv = *p++;
        if (value == RT_OBJ_NULL) {
            if (dict != RT_OBJ_NULL) {
                value = dict;
            } else {
                if (ai >= n_args) {
                    goto not_enough;
                }
                value = args[ai++];
            }
        }
        switch (conv) {
            case 's':
            case 'r':
            case 'a': {
                rt_obj_t s = conv == 's' && !bytes ? rt_obj_str(value) : rt_obj_repr(value);
                if (bytes && conv == 's') {
                    size_t bl;
                    const uint8_t *b = rt_str_bytes(value, &bl);
                    if (b == NULL) {
                        rt_raise_msg(&rt_type_TypeError, "%b requires a bytes-like object");
                    }
                    s = rt_str_new((const char *)b, bl);
                }
                size_t sl;
                const uint8_t *sd = rt_str_bytes(s, &sl);
                if (f.prec >= 0) {
                    sl = rt_utf8_offset(sd, sl, (size_t)f.prec);
                }
                f.fill = ' ';
                emit_padded(&out, (const char *)sd, sl, 0, &f, '>');
                break;
            }
            case 'c': {
                rt_vstr_t cv;
                rt_vstr_init(&cv, 8);
                if (rt_obj_is_str(value)) {
                    size_t sl;
                    const uint8_t *sd = rt_str_bytes(value, &sl);
                    rt_vstr_add_strn(&cv, (const char *)sd, sl);
                } else {
                    rt_vstr_add_unichar(&cv, (uint32_t)rt_obj_get_int(value));
                }
                emit_padded(&out, cv.buf, cv.len, 0, &f, '>');
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X':
            case 'o': {
                rt_obj_t iv = value;
#if RT_CONFIG_FLOAT
                if (RT_OBJ_IS_OBJ_OF(value, &rt_type_float)) {
                    iv = rt_int_from_float(rt_obj_get_float(value));
                }
#endif
                if (value == RT_CONST_TRUE || value == RT_CONST_FALSE) {
                    iv = RT_OBJ_NEW_SMALL_INT(value == RT_CONST_TRUE);
                }
                if (!rt_obj_is_int(iv)) {
                    rt_raise_fmt(&rt_type_TypeError, "%%%c format: a number is required, not %T",
                                 conv, value);
                }
                f.type = conv == 'i' || conv == 'u' ? 'd' : conv;
                format_int(&out, iv, &f);
                break;
            }
#if RT_CONFIG_FLOAT
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
                f.type = conv;
                format_float(&out, (double)rt_obj_get_float(value), &f);
                break;
#endif
            default:
                rt_raise_fmt(&rt_type_ValueError, "unsupported format character '%c' (0x%x)", conv,
                             (unsigned)(uint8_t)conv);
        }
    }
    if (ai < n_args && dict == RT_OBJ_NULL) {
        rt_raise_msg(&rt_type_TypeError, "format string didn't convert all arguments");
    }
    if (bytes) {
        return rt_bytes_new((const uint8_t *)out.buf, out.len);
    }
    return rt_str_new_from_vstr(&out);
not_enough:
    rt_raise_msg(&rt_type_TypeError, "format string needs more arguments");
}
