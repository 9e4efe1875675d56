// String formatting: str.format (which f-strings compile to), format(value, spec) with the
// format-spec mini-language, and printf-style `%` for str and bytes.
#include <string.h>

#include "float_fmt.h"
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

static void vstr_write(void *ctx, const char *s, size_t n) {
    rt_vstr_add_strn(ctx, s, n);
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

// Writes the text of an int for a conversion into body (sign, '#' prefix, digits with the
// grouping); returns the length of the sign and prefix.
static size_t format_int_body(rt_vstr_t *body, rt_obj_t value, const spec *f) {
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
            rt_vstr_add_unichar(body, (uint32_t)rt_obj_get_int(value));
            return 0;
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
    if (f->prec > 0 && digits.len < (size_t)f->prec) {
        // printf-style precision: at least that many digits.
        size_t zeros = (size_t)f->prec - digits.len;
        rt_vstr_extend(&digits, zeros);
        memmove(digits.buf + zeros, digits.buf, digits.len - zeros);
        memset(digits.buf, '0', zeros);
    }
    if (neg) {
        rt_vstr_add_char(body, '-');
    } else if (f->sign == '+' || f->sign == ' ') {
        rt_vstr_add_char(body, f->sign);
    }
    if (f->alt) {
        rt_vstr_add_str(body, prefix);
    }
    size_t prefix_len = body->len;
    add_grouped(body, digits.buf, digits.len, f->grouping, base == 10 ? 3 : 4);
    return prefix_len;
}

// printf-style: the int text padded as spec f says.
static void format_int(rt_vstr_t *out, rt_obj_t value, const spec *f) {
    rt_vstr_t body;
    rt_vstr_init(&body, 24);
    size_t prefix_len = format_int_body(&body, value, f);
    emit_padded(out, body.buf, body.len, f->type == 'c' ? 0 : prefix_len, f,
                f->type == 'c' ? '<' : '>');
}

#if RT_CONFIG_FLOAT

// str.format of a float with the spec text `sp` (float_fmt.h does the digits and padding).
static void format_float_spec(rt_vstr_t *out, double v, const char *sp, size_t sl) {
    rt_fmt_spec_t fs;
    rt_fmt_err_t err = rt_fmt_spec_parse(sp, sl, &fs);
    rt_fmt_sink_t sink = {vstr_write, out};
    if (err == RT_FMT_OK) {
        err = rt_float_print_spec(&sink, v, &fs);
    }
    if (err == RT_FMT_ERR_UNKNOWN_CODE) {
        rt_raise_fmt(&rt_type_ValueError, "unknown format code '%c' for object of type 'float'",
                     fs.type);
    }
    if (err != RT_FMT_OK) {
        rt_raise_msg(&rt_type_ValueError, rt_fmt_err_text(err));
    }
}

// printf-style conversion of a float.
static void format_float(rt_vstr_t *out, double v, const spec *f) {
    unsigned flags = 0;
    char fill = ' ';
    if (f->align == '<') {
        flags |= RT_FMT_LEFT;
    } else if (f->align == '=') {
        flags |= RT_FMT_SIGN_AWARE;
        fill = '0';
    }
    if (f->sign == '+') {
        flags |= RT_FMT_PLUS;
    } else if (f->sign == ' ') {
        flags |= RT_FMT_SPACE;
    }
    if (f->alt) {
        flags |= RT_FMT_ALT;
    }
    rt_fmt_sink_t sink = {vstr_write, out};
    rt_float_print(&sink, v, f->type, flags, fill, f->width, f->prec);
}
#endif

// format(value, spec) for str.format and f-strings. Spec parsing, defaults and padding are
// float_fmt.h's, shared with float formatting, so every type pads as stock does.
static void format_into(rt_vstr_t *out, rt_obj_t value, const char *sp, size_t sl) {
    if (sl == 0) {
        rt_print_t p;
        rt_vstr_print(&p, out);
        rt_obj_print(&p, value, RT_PRINT_STR);
        return;
    }
    rt_fmt_spec_t fs;
    if (rt_fmt_spec_parse(sp, sl, &fs) != RT_FMT_OK) {
        rt_raise_msg(&rt_type_ValueError, rt_fmt_err_text(RT_FMT_ERR_INVALID));
    }
    bool is_bool = value == RT_CONST_TRUE || value == RT_CONST_FALSE;
    bool is_int = rt_obj_is_int(value) || (is_bool && fs.type != 's' && fs.type != 0) ||
                  (is_bool && fs.type == 0);
#if RT_CONFIG_FLOAT
    bool float_type = fs.type != 0 && strchr("eEfFgG%", fs.type) != NULL;
    if (RT_OBJ_IS_OBJ_OF(value, &rt_type_float) || (is_int && float_type)) {
        format_float_spec(out, (double)rt_obj_get_float(value), sp, sl);
        return;
    }
#endif
    unsigned flags;
    char fill;
    rt_fmt_err_t err = rt_fmt_spec_resolve(&fs, is_int, &flags, &fill);
    if (err != RT_FMT_OK) {
        rt_raise_msg(&rt_type_ValueError, rt_fmt_err_text(err));
    }
    rt_fmt_sink_t sink = {vstr_write, out};
    if (is_int) {
        if (is_bool) {
            value = RT_OBJ_NEW_SMALL_INT(value == RT_CONST_TRUE);
        }
        if (fs.type == 's') {
            rt_raise_msg(&rt_type_ValueError, "unknown format code 's' for object of type 'int'");
        }
        spec f = {' ', '>', fs.sign, fs.alt, fs.group, -1, -1, fs.type};
        rt_vstr_t body;
        rt_vstr_init(&body, 24);
        size_t prefix_len = format_int_body(&body, value, &f);
        if ((flags & RT_FMT_SIGN_AWARE) && prefix_len > 0) {
            rt_vstr_add_strn(out, body.buf, prefix_len);
            rt_fmt_pad(&sink, body.buf + prefix_len, body.len - prefix_len, flags, fill,
                       fs.width < 0 ? fs.width : fs.width - (int)prefix_len);
        } else {
            rt_fmt_pad(&sink, body.buf, body.len, flags, fill, fs.width);
        }
        return;
    }
    if (fs.type != 0 && fs.type != 's') {
        rt_raise_fmt(&rt_type_ValueError, "unknown format code '%c' for object of type '%T'",
                     fs.type, value);
    }
    rt_obj_t str = rt_obj_str(value);
    size_t len;
    const uint8_t *d = rt_str_bytes(str, &len);
    if (fs.prec >= 0) {
        len = rt_utf8_offset(d, len, (size_t)fs.prec);
    }
    rt_fmt_pad(&sink, (const char *)d, len, flags, fill, fs.width);
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

// The value of a replacement field's name (auto-numbered, numbered or a keyword, then .attr
// and [key] parts). *auto_index counts automatic fields; SIZE_MAX once numbers were used.
static rt_obj_t field_value(const char *name, const char *name_end, size_t *auto_index_p,
                            size_t n_args, const rt_obj_t *args, rt_map_t *kw) {
    size_t auto_index = *auto_index_p;
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
            key = numeric ? rt_int_parse(a, (size_t)(q - a), 10) : rt_str_new(a, (size_t)(q - a));
            value = rt_subscr(value, key, RT_OBJ_SENTINEL);
            if (q < name_end) {
                q++;
            }
        } else {
            rt_raise_msg(&rt_type_ValueError, "bad format field name");
        }
    }
    *auto_index_p = auto_index;
    return value;
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
        rt_obj_t value = field_value(name, name_end, &auto_index, n_args, args, kw);
        if (conv == 'r' || conv == 'a') {
            value = rt_obj_repr(value);
        } else if (conv == 's') {
            value = rt_obj_str(value);
        }
        if (nested) {
            // Replace each {field} of the spec by str() of its value.
            rt_vstr_t sv;
            rt_vstr_init(&sv, (size_t)(sp_end - sp) + 16);
            for (const char *q2 = sp; q2 < sp_end;) {
                if (*q2 != '{') {
                    rt_vstr_add_char(&sv, *q2++);
                    continue;
                }
                const char *f0 = ++q2;
                while (q2 < sp_end && *q2 != '}') {
                    q2++;
                }
                rt_obj_t fv = field_value(f0, q2, &auto_index, n_args, args, kw);
                rt_print_t fp;
                rt_vstr_print(&fp, &sv);
                rt_obj_print(&fp, fv, RT_PRINT_STR);
                q2++;
            }
            format_into(&out, value, sv.buf, sv.len);
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
