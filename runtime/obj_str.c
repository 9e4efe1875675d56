// str and bytes: immutable byte strings (str holds UTF-8 and indexes by code point). A str is
// either a qstr (tagged word) or an rt_obj_str_t whose data may live in a loaded .mpy image.
// Formatting (str.format, %) is in obj_str_format.c.
#include <string.h>

#include "runtime.h"
#include "str_internal.h"

const rt_obj_str_t rt_const_empty_bytes_obj = {
    {&rt_type_bytes}, 5381 & 0xffff, 0, (const uint8_t *)""};

static rt_obj_t str_alloc(const rt_type_t *type, const char *data, size_t len) {
    rt_obj_str_t *o = rt_gc_alloc_var(sizeof(rt_obj_str_t), 1, len + 1);
    uint8_t *d = (uint8_t *)(o + 1);
    if (data != NULL) {
        memcpy(d, data, len);
    }
    d[len] = 0;
    o->base.type = type;
    o->len = len;
    o->data = d;
    return o;
}

rt_obj_t rt_str_new(const char *data, size_t len) {
    if (len <= 10) {
        rt_qstr_t q = rt_qstr_find_strn(data, len);
        if (q != RT_QSTR_NULL) {
            return RT_OBJ_NEW_QSTR(q);
        }
    }
    return str_alloc(&rt_type_str, data, len);
}

rt_obj_t rt_str_new_cstr(const char *s) {
    return rt_str_new(s, strlen(s));
}

rt_obj_t rt_str_new_static(const char *data, size_t len) {
    rt_obj_str_t *o = RT_NEW(rt_obj_str_t);
    o->base.type = &rt_type_str;
    o->len = len;
    o->data = (const uint8_t *)data;
    return o;
}

rt_obj_t rt_str_new_from_vstr(rt_vstr_t *v) {
    // Keeps the buffer: shrink it to fit and point a new header at it.
    rt_obj_t q = RT_OBJ_NULL;
    if (v->len <= 10) {
        rt_qstr_t n = rt_qstr_find_strn(v->buf, v->len);
        if (n != RT_QSTR_NULL) {
            q = RT_OBJ_NEW_QSTR(n);
        }
    }
    if (q != RT_OBJ_NULL) {
        return q;
    }
    rt_obj_str_t *o = RT_NEW(rt_obj_str_t);
    o->base.type = &rt_type_str;
    o->len = v->len;
    char *buf = rt_gc_realloc(v->buf, v->len + 1, false);
    buf[v->len] = 0;
    o->data = (const uint8_t *)buf;
    v->buf = NULL;
    v->alloc = 0;
    return o;
}

rt_obj_t rt_bytes_new(const uint8_t *data, size_t len) {
    if (len == 0) {
        return (rt_obj_t)&rt_const_empty_bytes_obj;
    }
    return str_alloc(&rt_type_bytes, (const char *)data, len);
}

rt_obj_t rt_bytes_new_static(const uint8_t *data, size_t len) {
    if (len == 0) {
        return (rt_obj_t)&rt_const_empty_bytes_obj;
    }
    rt_obj_str_t *o = RT_NEW(rt_obj_str_t);
    o->base.type = &rt_type_bytes;
    o->len = len;
    o->data = data;
    return o;
}

const uint8_t *rt_str_bytes(rt_obj_t o, size_t *len) {
    if (RT_OBJ_IS_QSTR(o)) {
        return rt_qstr_data(RT_OBJ_QSTR_VALUE(o), len);
    }
    if (RT_OBJ_IS_PTR(o) && o != NULL) {
        const rt_type_t *t = rt_obj_get_type(o);
        if (t == &rt_type_str || t == &rt_type_bytes) {
            *len = ((rt_obj_str_t *)o)->len;
            return ((rt_obj_str_t *)o)->data;
        }
        if (t->flags & RT_TYPE_FLAG_INSTANCE) {
            const rt_type_t *nb = rt_type_native_base(t);
            if (nb == &rt_type_str || nb == &rt_type_bytes) {
                return rt_str_bytes(((rt_obj_instance_t *)o)->subobj[0], len);
            }
        }
    }
    return NULL;
}

rt_obj_t rt_str_intern(rt_obj_t str) {
    if (RT_OBJ_IS_QSTR(str)) {
        return str;
    }
    size_t len;
    const uint8_t *s = rt_str_bytes(str, &len);
    return RT_OBJ_NEW_QSTR(rt_qstr_from_strn((const char *)s, len));
}

size_t rt_str_hash(rt_obj_t o) {
    if (RT_OBJ_IS_QSTR(o)) {
        return rt_qstr_hash(RT_OBJ_QSTR_VALUE(o));
    }
    rt_obj_str_t *s = o;
    if (s->hash == 0) {
        size_t h = rt_qstr_compute_hash(s->data, s->len);
        if (rt_gc_is_heap_ptr(s)) {
            s->hash = h;
        }
        return h;
    }
    return s->hash;
}

bool rt_str_equal(rt_obj_t a, rt_obj_t b) {
    if (RT_OBJ_IS_QSTR(a) && RT_OBJ_IS_QSTR(b)) {
        return a == b;
    }
    size_t la, lb;
    const uint8_t *sa = rt_str_bytes(a, &la), *sb = rt_str_bytes(b, &lb);
    if (la != lb) {
        return false;
    }
    if (!RT_OBJ_IS_QSTR(a) && !RT_OBJ_IS_QSTR(b) && ((rt_obj_str_t *)a)->hash != 0 &&
        ((rt_obj_str_t *)b)->hash != 0 && ((rt_obj_str_t *)a)->hash != ((rt_obj_str_t *)b)->hash) {
        return false;
    }
    return memcmp(sa, sb, la) == 0;
}

size_t rt_utf8_charlen(const uint8_t *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        n += (s[i] & 0xc0) != 0x80;
    }
    return n;
}

// Byte offset of code point `index` (0 <= index <= charlen).
size_t rt_utf8_offset(const uint8_t *s, size_t len, size_t index) {
    size_t i = 0;
    while (index > 0 && i < len) {
        i++;
        while (i < len && (s[i] & 0xc0) == 0x80) {
            i++;
        }
        index--;
    }
    return i;
}

// ---------------------------------------------------------------------------------------------
// Printing

static bool is_bytes(rt_obj_t o) {
    return !RT_OBJ_IS_QSTR(o) && rt_obj_get_type(o) == &rt_type_bytes;
}

void rt_str_print_quoted(const rt_print_t *p, const uint8_t *s, size_t len, bool bytes) {
    bool has_single = memchr(s, '\'', len) != NULL;
    bool has_double = memchr(s, '"', len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    if (bytes) {
        rt_print_str(p, "b");
    }
    rt_print_strn(p, &quote, 1);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        char esc[5];
        if (c == (uint8_t)quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            rt_print_strn(p, esc, 2);
        } else if (c == '\n') {
            rt_print_str(p, "\\n");
        } else if (c == '\r') {
            rt_print_str(p, "\\r");
        } else if (c == '\t') {
            rt_print_str(p, "\\t");
        } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            const char *hex = "0123456789abcdef";
            esc[0] = '\\';
            esc[1] = 'x';
            esc[2] = hex[c >> 4];
            esc[3] = hex[c & 15];
            rt_print_strn(p, esc, 4);
        } else {
            rt_print_strn(p, (const char *)&c, 1);
        }
    }
    rt_print_strn(p, &quote, 1);
}

static void str_print(const rt_print_t *p, rt_obj_t o, rt_print_kind_t kind) {
    size_t len;
    const uint8_t *s = rt_str_bytes(o, &len);
    bool b = is_bytes(o);
    if (kind == RT_PRINT_REPR || b) {
        rt_str_print_quoted(p, s, len, b);
    } else {
        rt_print_strn(p, (const char *)s, len);
    }
}

// ---------------------------------------------------------------------------------------------
// Slots

static rt_obj_t str_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                             const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 3, false);
    if (n_args == 0) {
        return RT_OBJ_NEW_QSTR(RT_QSTR_empty);
    }
    if (n_args == 1) {
        return rt_obj_str(args[0]);
    }
    size_t len;
    const uint8_t *s = rt_str_bytes(args[0], &len);
    if (s == NULL || !is_bytes(args[0])) {
        rt_raise_msg(&rt_type_TypeError, "decoding str is not supported");
    }
    return rt_str_new((const char *)s, len);
}

static rt_obj_t bytes_make_new(const rt_type_t *type, size_t n_args, size_t n_kw,
                               const rt_obj_t *args) {
    rt_arg_check_num(n_args, n_kw, 0, 3, false);
    if (n_args == 0) {
        return (rt_obj_t)&rt_const_empty_bytes_obj;
    }
    rt_obj_t x = args[0];
    size_t len;
    const uint8_t *s = rt_str_bytes(x, &len);
    if (s != NULL) {
        if (!is_bytes(x) && n_args < 2) {
            rt_raise_msg(&rt_type_TypeError, "string argument without an encoding");
        }
        return rt_bytes_new(s, len);
    }
    rt_int_t n;
    if (rt_obj_get_int_maybe(x, &n)) {
        if (n < 0) {
            rt_raise_msg(&rt_type_ValueError, "negative count");
        }
        return str_alloc(&rt_type_bytes, NULL, (size_t)n);
    }
    rt_vstr_t v;
    rt_vstr_init(&v, 16);
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(x, &buf);
    rt_obj_t item;
    while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        rt_int_t b = rt_obj_get_int(item);
        if (b < 0 || b > 255) {
            rt_raise_msg(&rt_type_ValueError, "bytes must be in range(0, 256)");
        }
        rt_vstr_add_char(&v, (char)b);
    }
    return rt_bytes_new((const uint8_t *)v.buf, v.len);
}

static rt_obj_t str_unary_op(rt_unary_op_t op, rt_obj_t o) {
    size_t len;
    const uint8_t *s = rt_str_bytes(o, &len);
    switch (op) {
        case RT_UNARY_OP_BOOL:
            return RT_BOOL(len != 0);
        case RT_UNARY_OP_LEN:
            return RT_OBJ_NEW_SMALL_INT(is_bytes(o) ? len : rt_utf8_charlen(s, len));
        case RT_UNARY_OP_HASH:
            return RT_OBJ_NEW_SMALL_INT(rt_str_hash(o));
        default:
            return RT_OBJ_NULL;
    }
}

// Finds `needle` in `hay` from the left (dir > 0) or right; returns the byte offset or -1.
rt_int_t rt_str_find_bytes(const uint8_t *hay, size_t hl, const uint8_t *needle, size_t nl,
                           int dir) {
    if (nl > hl) {
        return -1;
    }
    if (dir > 0) {
        for (size_t i = 0; i + nl <= hl; i++) {
            if (memcmp(hay + i, needle, nl) == 0) {
                return (rt_int_t)i;
            }
        }
    } else {
        for (size_t i = hl - nl + 1; i > 0; i--) {
            if (memcmp(hay + i - 1, needle, nl) == 0) {
                return (rt_int_t)(i - 1);
            }
        }
    }
    return -1;
}

static rt_obj_t str_binary_op(rt_binary_op_t op, rt_obj_t lhs, rt_obj_t rhs) {
    size_t la, lb;
    const uint8_t *a = rt_str_bytes(lhs, &la);
    bool lb_is_bytes = is_bytes(lhs);
    if (op == RT_BINARY_OP_MODULO) {
        return rt_str_modulo(lhs, rhs);
    }
    if (op == RT_BINARY_OP_MULTIPLY || op == RT_BINARY_OP_INPLACE_MULTIPLY ||
        op == RT_BINARY_OP_REVERSE_MULTIPLY) {
        rt_int_t n;
        if (!rt_obj_get_int_maybe(rhs, &n)) {
            return RT_OBJ_NULL;
        }
        if (n <= 0) {
            return lb_is_bytes ? (rt_obj_t)&rt_const_empty_bytes_obj
                               : RT_OBJ_NEW_QSTR(RT_QSTR_empty);
        }
        if (la != 0 && (size_t)n > SIZE_MAX / 2 / la) {
            rt_raise_memory_error();
        }
        rt_obj_str_t *r =
            str_alloc(lb_is_bytes ? &rt_type_bytes : &rt_type_str, NULL, la * (size_t)n);
        uint8_t *d = (uint8_t *)r->data;
        for (rt_int_t i = 0; i < n; i++) {
            memcpy(d + (size_t)i * la, a, la);
        }
        return r;
    }
    const uint8_t *b = rt_str_bytes(rhs, &lb);
    if (b == NULL || is_bytes(rhs) != lb_is_bytes) {
        if (op == RT_BINARY_OP_ADD || op == RT_BINARY_OP_INPLACE_ADD) {
            if (!lb_is_bytes) {
                rt_raise_fmt(&rt_type_TypeError, "can't convert '%T' object to str implicitly",
                             rhs);
            }
        }
        if (op == RT_BINARY_OP_CONTAINS) {
            rt_int_t v;
            if (lb_is_bytes && rt_obj_get_int_maybe(rhs, &v)) {
                return RT_BOOL(v >= 0 && v < 256 && memchr(a, (int)v, la) != NULL);
            }
            rt_raise_fmt(&rt_type_TypeError, "can't convert '%T' object to %q implicitly", rhs,
                         lb_is_bytes ? RT_QSTR_bytes : RT_QSTR_str);
        }
        return RT_OBJ_NULL;
    }
    switch (op) {
        case RT_BINARY_OP_ADD:
        case RT_BINARY_OP_INPLACE_ADD: {
            if (la == 0) {
                return rhs;
            }
            if (lb == 0) {
                return lhs;
            }
            rt_obj_str_t *r = str_alloc(lb_is_bytes ? &rt_type_bytes : &rt_type_str, NULL, la + lb);
            memcpy((uint8_t *)r->data, a, la);
            memcpy((uint8_t *)r->data + la, b, lb);
            return r;
        }
        case RT_BINARY_OP_CONTAINS:
            return RT_BOOL(rt_str_find_bytes(a, la, b, lb, 1) >= 0);
        case RT_BINARY_OP_EQUAL:
            return RT_BOOL(la == lb && memcmp(a, b, la) == 0);
        case RT_BINARY_OP_NOT_EQUAL:
            return RT_BOOL(!(la == lb && memcmp(a, b, la) == 0));
        case RT_BINARY_OP_LESS:
        case RT_BINARY_OP_MORE:
        case RT_BINARY_OP_LESS_EQUAL:
        case RT_BINARY_OP_MORE_EQUAL: {
            int c = memcmp(a, b, la < lb ? la : lb);
            if (c == 0) {
                c = la < lb ? -1 : la > lb;
            }
            switch (op) {
                case RT_BINARY_OP_LESS:
                    return RT_BOOL(c < 0);
                case RT_BINARY_OP_MORE:
                    return RT_BOOL(c > 0);
                case RT_BINARY_OP_LESS_EQUAL:
                    return RT_BOOL(c <= 0);
                default:
                    return RT_BOOL(c >= 0);
            }
        }
        default:
            return RT_OBJ_NULL;
    }
}

static rt_obj_t str_subscr(rt_obj_t self, rt_obj_t index, rt_obj_t value) {
    if (value != RT_OBJ_SENTINEL) {
        return RT_OBJ_NULL;
    }
    size_t len;
    const uint8_t *s = rt_str_bytes(self, &len);
    bool b = is_bytes(self);
    const rt_type_t *t = b ? &rt_type_bytes : &rt_type_str;
    if (rt_obj_is_type(index, &rt_type_slice)) {
        size_t n = b ? len : rt_utf8_charlen(s, len);
        rt_bound_slice_t sl;
        rt_slice_indices(index, n, &sl);
        if (sl.step != 1) {
            rt_raise_msg(&rt_type_NotImplementedError,
                         "only slices with step=1 (aka None) are supported");
        }
        {
            size_t start = b ? (size_t)sl.start : rt_utf8_offset(s, len, (size_t)sl.start);
            size_t stop = b ? (size_t)sl.stop : rt_utf8_offset(s, len, (size_t)sl.stop);
            if (stop < start) {
                stop = start;
            }
            return b ? rt_bytes_new(s + start, stop - start)
                     : rt_str_new((const char *)s + start, stop - start);
        }
    }
    if (b) {
        size_t i = rt_obj_get_index(t, len, index, false);
        return RT_OBJ_NEW_SMALL_INT(s[i]);
    }
    size_t n = rt_utf8_charlen(s, len);
    size_t i = rt_obj_get_index(t, n, index, false);
    size_t off = n == len ? i : rt_utf8_offset(s, len, i);
    size_t end = off + 1;
    while (end < len && (s[end] & 0xc0) == 0x80) {
        end++;
    }
    return rt_str_new((const char *)s + off, end - off);
}

// Iterator over a str (code points) or bytes (ints).
typedef struct str_iter {
    rt_obj_base_t base;
    rt_obj_t str;
    size_t pos;
} str_iter_t;

static rt_obj_t str_iter_next(rt_obj_t self) {
    str_iter_t *it = self;
    size_t len;
    const uint8_t *s = rt_str_bytes(it->str, &len);
    if (it->pos >= len) {
        return RT_OBJ_STOP_ITERATION;
    }
    if (is_bytes(it->str)) {
        return RT_OBJ_NEW_SMALL_INT(s[it->pos++]);
    }
    size_t start = it->pos++;
    while (it->pos < len && (s[it->pos] & 0xc0) == 0x80) {
        it->pos++;
    }
    return rt_str_new((const char *)s + start, it->pos - start);
}

static const rt_type_t str_iter_type = {
    .base = {&rt_type_type},
    .flags = RT_TYPE_FLAG_ITER_IS_SELF,
    .name = RT_QSTR_iterator,
    .iternext = str_iter_next,
};

static rt_obj_t str_getiter(rt_obj_t self, rt_obj_iter_buf_t *iter_buf) {
    str_iter_t *it = iter_buf != NULL ? (str_iter_t *)iter_buf : RT_NEW(str_iter_t);
    it->base.type = &str_iter_type;
    it->str = self;
    it->pos = 0;
    return it;
}

static int str_buffer(rt_obj_t self, rt_buffer_info_t *info, unsigned flags) {
    if (flags & RT_BUFFER_WRITE) {
        return 1;
    }
    size_t len;
    info->buf = (void *)rt_str_bytes(self, &len);
    info->len = len;
    info->typecode = 'B';
    return 0;
}

const rt_type_t rt_type_str = {
    .base = {&rt_type_type},
    .name = RT_QSTR_str,
    .make_new = str_make_new,
    .print = str_print,
    .unary_op = str_unary_op,
    .binary_op = str_binary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .buffer = str_buffer,
    .locals_dict = RT_CONST_DICT_PTR(&rt_str_locals_dict),
};

const rt_type_t rt_type_bytes = {
    .base = {&rt_type_type},
    .name = RT_QSTR_bytes,
    .make_new = bytes_make_new,
    .print = str_print,
    .unary_op = str_unary_op,
    .binary_op = str_binary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .buffer = str_buffer,
    .locals_dict = RT_CONST_DICT_PTR(&rt_bytes_locals_dict),
};
