// Text output without stdio: an rt_print_t is a sink (the console through the port, or a
// growable buffer), rt_printf formats into any sink, and rt_vstr_t is the growable byte buffer
// in the GC heap that builds strings.
#ifndef RT_PRINT_H
#define RT_PRINT_H

#include <stdarg.h>
#include <stddef.h>

#include "obj.h"

struct rt_print {
    void *data;
    void (*write)(void *data, const char *s, size_t len);
};

extern const rt_print_t rt_print_stdout, rt_print_stderr;

void rt_print_strn(const rt_print_t *p, const char *s, size_t len);
void rt_print_str(const rt_print_t *p, const char *s);

// printf-like. Conversions: %% %c %s %.*s %d %i %u %x %X %o %p with the l, ll, z and j length
// modifiers, a width (also *), '-' and '0' flags; and for the runtime:
//   %q  a qstr (rt_qstr_t argument)
//   %R  repr() of an object, %S str() of an object (rt_obj_t argument)
//   %T  the type name of an object (rt_obj_t argument)
// Returns the number of bytes written.
int rt_printf(const rt_print_t *p, const char *fmt, ...);
int rt_vprintf(const rt_print_t *p, const char *fmt, va_list ap);

// Formats an integer in `base` (2..36) into buf (at least 66 bytes), returns its length.
size_t rt_format_uint(char *buf, uint64_t v, unsigned base, bool upper);

// A growable byte buffer in the GC heap; buf[len] is always 0 when alloc > len.
typedef struct rt_vstr {
    char *buf;
    size_t len;
    size_t alloc;
} rt_vstr_t;

void rt_vstr_init(rt_vstr_t *v, size_t alloc);
char *rt_vstr_extend(rt_vstr_t *v, size_t n); // room for n more bytes, returned; len += n
void rt_vstr_add_strn(rt_vstr_t *v, const char *s, size_t n);
void rt_vstr_add_str(rt_vstr_t *v, const char *s);
void rt_vstr_add_char(rt_vstr_t *v, char c);
void rt_vstr_add_unichar(rt_vstr_t *v, uint32_t c); // UTF-8
void rt_vstr_print(rt_print_t *p, rt_vstr_t *v);    // a sink that appends to v

#endif
