// Formatted output into sinks, and the growable string buffer (print.h).
#include "print.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "gc.h"
#include "port.h"
#include "qstr.h"
#include "runtime.h"

static void write_stdout(void *data, const char *s, size_t len) {
    (void)data;
    rt_port_stdout_write(s, len);
}

static void write_stderr(void *data, const char *s, size_t len) {
    (void)data;
    rt_port_stderr_write(s, len);
}

const rt_print_t rt_print_stdout = {NULL, write_stdout};
const rt_print_t rt_print_stderr = {NULL, write_stderr};

void rt_print_strn(const rt_print_t *p, const char *s, size_t len) {
    if (len > 0) {
        p->write(p->data, s, len);
    }
}

void rt_print_str(const rt_print_t *p, const char *s) {
    rt_print_strn(p, s, strlen(s));
}

size_t rt_format_uint(char *buf, uint64_t v, unsigned base, bool upper) {
    const char *digits =
        upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    char tmp[66];
    size_t n = 0;
    do {
        tmp[n++] = digits[v % base];
        v /= base;
    } while (v != 0);
    for (size_t i = 0; i < n; i++) {
        buf[i] = tmp[n - 1 - i];
    }
    return n;
}

// Writes `s` padded to `width` (left-justified if `left`, with `pad` characters).
static int pad_out(const rt_print_t *p, const char *s, size_t len, int width, bool left, char pad) {
    int n = (int)len;
    if (!left) {
        if (pad == '0' && len > 0 && (s[0] == '-' || s[0] == '+')) {
            rt_print_strn(p, s, 1);
            s++;
            len--;
        }
        for (; n < width; n++) {
            rt_print_strn(p, &pad, 1);
        }
    }
    rt_print_strn(p, s, len);
    if (left) {
        for (; n < width; n++) {
            rt_print_strn(p, " ", 1);
        }
    }
    return n;
}

int rt_vprintf(const rt_print_t *p, const char *fmt, va_list ap) {
    int total = 0;
    while (*fmt) {
        const char *start = fmt;
        while (*fmt && *fmt != '%') {
            fmt++;
        }
        if (fmt > start) {
            rt_print_strn(p, start, (size_t)(fmt - start));
            total += (int)(fmt - start);
        }
        if (*fmt == 0) {
            break;
        }
        fmt++; // '%'
        bool left = false;
        char pad = ' ';
        for (;; fmt++) {
            if (*fmt == '-') {
                left = true;
            } else if (*fmt == '0') {
                pad = '0';
            } else {
                break;
            }
        }
        int width = 0;
        if (*fmt == '*') {
            width = va_arg(ap, int);
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9') {
                width = width * 10 + (*fmt++ - '0');
            }
        }
        int prec = -1;
        if (*fmt == '.') {
            fmt++;
            if (*fmt == '*') {
                prec = va_arg(ap, int);
                fmt++;
            } else {
                prec = 0;
                while (*fmt >= '0' && *fmt <= '9') {
                    prec = prec * 10 + (*fmt++ - '0');
                }
            }
        }
        int size = 0; // 0 int, 1 long, 2 long long, 3 size_t, 4 intmax_t
        if (*fmt == 'l') {
            fmt++;
            size = 1;
            if (*fmt == 'l') {
                fmt++;
                size = 2;
            }
        } else if (*fmt == 'z') {
            fmt++;
            size = 3;
        } else if (*fmt == 'j') {
            fmt++;
            size = 4;
        }
        char buf[70];
        char c = *fmt;
        if (c == 0) {
            break;
        }
        fmt++;
        switch (c) {
            case '%':
                total += pad_out(p, "%", 1, width, left, ' ');
                break;
            case 'c': {
                char ch = (char)va_arg(ap, int);
                total += pad_out(p, &ch, 1, width, left, ' ');
                break;
            }
            case 's': {
                const char *s = va_arg(ap, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                size_t len = prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
                total += pad_out(p, s, len, width, left, ' ');
                break;
            }
            case 'q': {
                rt_qstr_t q = va_arg(ap, rt_qstr_t);
                size_t len;
                const uint8_t *s = rt_qstr_data(q, &len);
                total += pad_out(p, (const char *)s, len, width, left, ' ');
                break;
            }
            case 'R':
            case 'S':
                rt_obj_print(p, va_arg(ap, rt_obj_t), c == 'R' ? RT_PRINT_REPR : RT_PRINT_STR);
                break;
            case 'T': {
                rt_qstr_t q = rt_obj_get_type(va_arg(ap, rt_obj_t))->name;
                size_t len;
                const uint8_t *s = rt_qstr_data(q, &len);
                total += pad_out(p, (const char *)s, len, width, left, ' ');
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X':
            case 'o':
            case 'p': {
                bool neg = false;
                uint64_t v;
                if (c == 'p') {
                    v = (uintptr_t)va_arg(ap, void *);
                } else if (c == 'd' || c == 'i') {
                    int64_t s;
                    switch (size) {
                        case 1:
                            s = va_arg(ap, long);
                            break;
                        case 2:
                            s = va_arg(ap, long long);
                            break;
                        case 3:
                            s = (int64_t)va_arg(ap, size_t);
                            break;
                        case 4:
                            s = va_arg(ap, intmax_t);
                            break;
                        default:
                            s = va_arg(ap, int);
                            break;
                    }
                    neg = s < 0;
                    v = neg ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
                } else {
                    switch (size) {
                        case 1:
                            v = va_arg(ap, unsigned long);
                            break;
                        case 2:
                            v = va_arg(ap, unsigned long long);
                            break;
                        case 3:
                            v = va_arg(ap, size_t);
                            break;
                        case 4:
                            v = va_arg(ap, uintmax_t);
                            break;
                        default:
                            v = va_arg(ap, unsigned);
                            break;
                    }
                }
                unsigned base = c == 'x' || c == 'X' || c == 'p' ? 16 : c == 'o' ? 8 : 10;
                size_t n = 0;
                if (neg) {
                    buf[n++] = '-';
                }
                n += rt_format_uint(buf + n, v, base, c == 'X');
                total += pad_out(p, buf, n, width, left, pad);
                break;
            }
            default:
                // Unknown conversion: show it as written.
                rt_print_strn(p, fmt - 2, 2);
                total += 2;
                break;
        }
    }
    return total;
}

int rt_printf(const rt_print_t *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = rt_vprintf(p, fmt, ap);
    va_end(ap);
    return n;
}

// ---------------------------------------------------------------------------------------------
// rt_vstr_t

void rt_vstr_init(rt_vstr_t *v, size_t alloc) {
    if (alloc < 16) {
        alloc = 16;
    }
    v->buf = rt_gc_alloc(alloc);
    v->len = 0;
    v->alloc = alloc;
}

char *rt_vstr_extend(rt_vstr_t *v, size_t n) {
    if (n >= v->alloc - v->len) {
        if (n > SIZE_MAX / 2 - v->len) {
            rt_raise_memory_error();
        }
        size_t alloc = v->len + n + 1;
        alloc += alloc / 2 + 16;
        v->buf = rt_gc_realloc(v->buf, alloc, true);
        v->alloc = alloc;
    }
    char *p = v->buf + v->len;
    v->len += n;
    v->buf[v->len] = 0;
    return p;
}

void rt_vstr_add_strn(rt_vstr_t *v, const char *s, size_t n) {
    if (n > 0) {
        char *p = rt_vstr_extend(v, n);
        memmove(p, s, n);
    }
}

void rt_vstr_add_str(rt_vstr_t *v, const char *s) {
    rt_vstr_add_strn(v, s, strlen(s));
}

void rt_vstr_add_char(rt_vstr_t *v, char c) {
    *rt_vstr_extend(v, 1) = c;
}

void rt_vstr_add_unichar(rt_vstr_t *v, uint32_t c) {
    char b[4];
    size_t n;
    if (c < 0x80) {
        b[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xc0 | (c >> 6));
        b[1] = (char)(0x80 | (c & 0x3f));
        n = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xe0 | (c >> 12));
        b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        b[2] = (char)(0x80 | (c & 0x3f));
        n = 3;
    } else {
        b[0] = (char)(0xf0 | (c >> 18));
        b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        b[3] = (char)(0x80 | (c & 0x3f));
        n = 4;
    }
    rt_vstr_add_strn(v, b, n);
}

static void write_vstr(void *data, const char *s, size_t len) {
    rt_vstr_add_strn(data, s, len);
}

void rt_vstr_print(rt_print_t *p, rt_vstr_t *v) {
    p->data = v;
    p->write = write_vstr;
}
