// Methods of str and bytes: searching, splitting, joining, stripping, case, tests.
#include <string.h>

#include "runtime.h"
#include "str_internal.h"

static bool is_bytes(rt_obj_t o) {
    return !RT_OBJ_IS_QSTR(o) && rt_obj_get_type(o) == &rt_type_bytes;
}

static rt_obj_t new_like(rt_obj_t self, const uint8_t *s, size_t len) {
    return is_bytes(self) ? rt_bytes_new(s, len) : rt_str_new((const char *)s, len);
}

static const uint8_t *get_data(rt_obj_t o, size_t *len) {
    const uint8_t *s = rt_str_bytes(o, len);
    if (s == NULL) {
        rt_raise_fmt(&rt_type_TypeError, "can't convert '%T' object to str implicitly", o);
    }
    return s;
}

// Same kind as self (str with str, bytes with bytes), else TypeError.
static const uint8_t *get_arg(rt_obj_t self, rt_obj_t arg, size_t *len) {
    const uint8_t *s = rt_str_bytes(arg, len);
    if (s == NULL || is_bytes(arg) != is_bytes(self)) {
        rt_raise_fmt(&rt_type_TypeError, "can't convert '%T' object to %q implicitly", arg,
                     rt_obj_get_type(self)->name);
    }
    return s;
}

static bool is_space(uint8_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Byte range [*start, *end) for optional start/end char-index arguments.
static void range_args(rt_obj_t self, const uint8_t *s, size_t len, size_t n_args,
                       const rt_obj_t *args, size_t *start, size_t *end) {
    bool b = is_bytes(self);
    size_t n = b ? len : rt_utf8_charlen(s, len);
    size_t st = 0, en = n;
    if (n_args > 0 && args[0] != RT_CONST_NONE) {
        st = rt_obj_get_index(&rt_type_str, n, args[0], true);
    }
    if (n_args > 1 && args[1] != RT_CONST_NONE) {
        en = rt_obj_get_index(&rt_type_str, n, args[1], true);
    }
    if (b || n == len) {
        *start = st;
        *end = en < st ? st : en;
    } else {
        *start = rt_utf8_offset(s, len, st);
        *end = en < st ? *start : rt_utf8_offset(s, len, en);
    }
}

static rt_int_t to_char_index(rt_obj_t self, const uint8_t *s, rt_int_t byte_off) {
    if (byte_off < 0 || is_bytes(self)) {
        return byte_off;
    }
    return (rt_int_t)rt_utf8_charlen(s, (size_t)byte_off);
}

static rt_obj_t find_impl(size_t n_args, const rt_obj_t *args, int dir, bool raise) {
    size_t len, nl;
    const uint8_t *s = get_data(args[0], &len);
    const uint8_t *needle = get_arg(args[0], args[1], &nl);
    size_t start, end;
    range_args(args[0], s, len, n_args - 2, args + 2, &start, &end);
    rt_int_t r = rt_str_find_bytes(s + start, end - start, needle, nl, dir);
    if (r < 0) {
        if (raise) {
            rt_raise_msg(&rt_type_ValueError, "substring not found");
        }
        return RT_OBJ_NEW_SMALL_INT(-1);
    }
    return RT_OBJ_NEW_SMALL_INT(to_char_index(args[0], s, r + (rt_int_t)start));
}

static rt_obj_t str_find(size_t n, const rt_obj_t *a) {
    return find_impl(n, a, 1, false);
}
static rt_obj_t str_rfind(size_t n, const rt_obj_t *a) {
    return find_impl(n, a, -1, false);
}
static rt_obj_t str_index(size_t n, const rt_obj_t *a) {
    return find_impl(n, a, 1, true);
}
static rt_obj_t str_rindex(size_t n, const rt_obj_t *a) {
    return find_impl(n, a, -1, true);
}
static RT_DEFINE_FUN_VAR(str_find_obj, 2, 4, str_find);
static RT_DEFINE_FUN_VAR(str_rfind_obj, 2, 4, str_rfind);
static RT_DEFINE_FUN_VAR(str_index_obj, 2, 4, str_index);
static RT_DEFINE_FUN_VAR(str_rindex_obj, 2, 4, str_rindex);

static rt_obj_t str_count(size_t n_args, const rt_obj_t *args) {
    size_t len, nl;
    const uint8_t *s = get_data(args[0], &len);
    const uint8_t *needle = get_arg(args[0], args[1], &nl);
    size_t start, end;
    range_args(args[0], s, len, n_args - 2, args + 2, &start, &end);
    if (nl == 0) {
        size_t chars = is_bytes(args[0]) ? end - start : rt_utf8_charlen(s + start, end - start);
        return RT_OBJ_NEW_SMALL_INT(chars + 1);
    }
    size_t count = 0;
    for (size_t i = start; i + nl <= end;) {
        if (memcmp(s + i, needle, nl) == 0) {
            count++;
            i += nl;
        } else {
            i++;
        }
    }
    return RT_OBJ_NEW_SMALL_INT(count);
}
static RT_DEFINE_FUN_VAR(str_count_obj, 2, 4, str_count);

static rt_obj_t starts_ends(size_t n_args, const rt_obj_t *args, bool ends) {
    size_t len;
    const uint8_t *s = get_data(args[0], &len);
    size_t start, end;
    range_args(args[0], s, len, n_args - 2, args + 2, &start, &end);
    size_t n = 1;
    rt_obj_t *items = (rt_obj_t *)&args[1];
    if (rt_obj_is_type(args[1], &rt_type_tuple)) {
        rt_tuple_get(args[1], &n, &items);
    }
    for (size_t i = 0; i < n; i++) {
        size_t pl;
        const uint8_t *p = get_arg(args[0], items[i], &pl);
        if (pl <= end - start) {
            const uint8_t *at = ends ? s + end - pl : s + start;
            if (memcmp(at, p, pl) == 0) {
                return RT_CONST_TRUE;
            }
        }
    }
    return RT_CONST_FALSE;
}
static rt_obj_t str_startswith(size_t n, const rt_obj_t *a) {
    return starts_ends(n, a, false);
}
static rt_obj_t str_endswith(size_t n, const rt_obj_t *a) {
    return starts_ends(n, a, true);
}
static RT_DEFINE_FUN_VAR(str_startswith_obj, 2, 4, str_startswith);
static RT_DEFINE_FUN_VAR(str_endswith_obj, 2, 4, str_endswith);

static rt_obj_t strip_impl(size_t n_args, const rt_obj_t *args, int which) {
    size_t len, cl = 0;
    const uint8_t *s = get_data(args[0], &len);
    const uint8_t *chars = NULL;
    if (n_args > 1) {
        chars = get_arg(args[0], args[1], &cl); // stock: None is no argument here
    }
    size_t a = 0, b = len;
    if (which <= 0) {
        while (a < b && (chars ? memchr(chars, s[a], cl) != NULL : is_space(s[a]))) {
            a++;
        }
    }
    if (which >= 0) {
        while (b > a && (chars ? memchr(chars, s[b - 1], cl) != NULL : is_space(s[b - 1]))) {
            b--;
        }
    }
    if (a == 0 && b == len) {
        return args[0];
    }
    return new_like(args[0], s + a, b - a);
}
static rt_obj_t str_strip(size_t n, const rt_obj_t *a) {
    return strip_impl(n, a, 0);
}
static rt_obj_t str_lstrip(size_t n, const rt_obj_t *a) {
    return strip_impl(n, a, -1);
}
static rt_obj_t str_rstrip(size_t n, const rt_obj_t *a) {
    return strip_impl(n, a, 1);
}
static RT_DEFINE_FUN_VAR(str_strip_obj, 1, 2, str_strip);
static RT_DEFINE_FUN_VAR(str_lstrip_obj, 1, 2, str_lstrip);
static RT_DEFINE_FUN_VAR(str_rstrip_obj, 1, 2, str_rstrip);

static rt_obj_t split_impl(size_t n_args, const rt_obj_t *args, bool right) {
    size_t len;
    const uint8_t *s = get_data(args[0], &len);
    rt_int_t maxsplit = -1;
    if (n_args > 2) {
        maxsplit = rt_obj_get_int(args[2]);
    }
    rt_obj_t list = rt_list_new(0, NULL);
    if (n_args < 2 || args[1] == RT_CONST_NONE) {
        if (right && maxsplit >= 0) {
            rt_raise_msg(&rt_type_NotImplementedError, "rsplit(None,n)");
        }
        // Runs of whitespace separate; no empty strings.
        if (!right) {
            size_t i = 0;
            for (;;) {
                while (i < len && is_space(s[i])) {
                    i++;
                }
                if (i == len) {
                    break;
                }
                if (maxsplit == 0) {
                    rt_list_append(list, new_like(args[0], s + i, len - i));
                    break;
                }
                size_t j = i;
                while (j < len && !is_space(s[j])) {
                    j++;
                }
                rt_list_append(list, new_like(args[0], s + i, j - i));
                if (maxsplit > 0) {
                    maxsplit--;
                }
                i = j;
            }
            return list;
        }
        size_t i = len;
        for (;;) {
            while (i > 0 && is_space(s[i - 1])) {
                i--;
            }
            if (i == 0) {
                break;
            }
            if (maxsplit == 0) {
                size_t b = 0;
                while (b < i && is_space(s[b])) {
                    b++;
                }
                rt_list_append(list, new_like(args[0], s + b, i - b));
                break;
            }
            size_t j = i;
            while (j > 0 && !is_space(s[j - 1])) {
                j--;
            }
            rt_list_append(list, new_like(args[0], s + j, i - j));
            if (maxsplit > 0) {
                maxsplit--;
            }
            i = j;
        }
        size_t n;
        rt_obj_t *items;
        rt_list_get(list, &n, &items);
        for (size_t k = 0; k < n / 2; k++) {
            rt_obj_t t = items[k];
            items[k] = items[n - 1 - k];
            items[n - 1 - k] = t;
        }
        return list;
    }
    size_t sl;
    const uint8_t *sep = get_arg(args[0], args[1], &sl);
    if (sl == 0) {
        rt_raise_msg(&rt_type_ValueError, "empty separator");
    }
    if (!right) {
        size_t i = 0;
        for (;;) {
            rt_int_t at = maxsplit == 0 ? -1 : rt_str_find_bytes(s + i, len - i, sep, sl, 1);
            if (at < 0) {
                rt_list_append(list, new_like(args[0], s + i, len - i));
                break;
            }
            rt_list_append(list, new_like(args[0], s + i, (size_t)at));
            i += (size_t)at + sl;
            if (maxsplit > 0) {
                maxsplit--;
            }
        }
        return list;
    }
    size_t e = len;
    rt_obj_t rev = rt_list_new(0, NULL);
    for (;;) {
        rt_int_t at = maxsplit == 0 ? -1 : rt_str_find_bytes(s, e, sep, sl, -1);
        if (at < 0) {
            rt_list_append(rev, new_like(args[0], s, e));
            break;
        }
        rt_list_append(rev, new_like(args[0], s + at + sl, e - (size_t)at - sl));
        e = (size_t)at;
        if (maxsplit > 0) {
            maxsplit--;
        }
    }
    size_t n;
    rt_obj_t *items;
    rt_list_get(rev, &n, &items);
    for (size_t k = n; k > 0; k--) {
        rt_list_append(list, items[k - 1]);
    }
    return list;
}
static rt_obj_t str_split(size_t n, const rt_obj_t *a) {
    return split_impl(n, a, false);
}
static rt_obj_t str_rsplit(size_t n, const rt_obj_t *a) {
    return split_impl(n, a, true);
}
static RT_DEFINE_FUN_VAR(str_split_obj, 1, 3, str_split);
static RT_DEFINE_FUN_VAR(str_rsplit_obj, 1, 3, str_rsplit);

static rt_obj_t str_splitlines(size_t n_args, const rt_obj_t *args) {
    size_t len;
    const uint8_t *s = get_data(args[0], &len);
    bool keep = n_args > 1 && rt_obj_is_true(args[1]);
    rt_obj_t list = rt_list_new(0, NULL);
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != '\n' && s[j] != '\r') {
            j++;
        }
        size_t e = j;
        if (j < len) {
            j += (s[j] == '\r' && j + 1 < len && s[j + 1] == '\n') ? 2 : 1;
        }
        rt_list_append(list, new_like(args[0], s + i, keep ? j - i : e - i));
        i = j;
    }
    return list;
}
static RT_DEFINE_FUN_VAR(str_splitlines_obj, 1, 2, str_splitlines);

static rt_obj_t str_join(rt_obj_t self, rt_obj_t iterable) {
    size_t sl;
    const uint8_t *sep = get_data(self, &sl);
    rt_vstr_t v;
    rt_vstr_init(&v, 32);
    rt_obj_iter_buf_t buf;
    rt_obj_t it = rt_getiter(iterable, &buf);
    rt_obj_t item;
    bool first = true;
    while ((item = rt_iternext(it)) != RT_OBJ_STOP_ITERATION) {
        size_t il;
        const uint8_t *is = rt_str_bytes(item, &il);
        if (is == NULL || is_bytes(item) != is_bytes(self)) {
            rt_raise_fmt(&rt_type_TypeError, "join expects a list of %q objects",
                         rt_obj_get_type(self)->name);
        }
        if (!first) {
            rt_vstr_add_strn(&v, (const char *)sep, sl);
        }
        first = false;
        rt_vstr_add_strn(&v, (const char *)is, il);
    }
    if (is_bytes(self)) {
        return rt_bytes_new((const uint8_t *)v.buf, v.len);
    }
    return rt_str_new_from_vstr(&v);
}
static RT_DEFINE_FUN_2(str_join_obj, str_join);

static rt_obj_t str_replace(size_t n_args, const rt_obj_t *args) {
    size_t len, ol, nl;
    const uint8_t *s = get_data(args[0], &len);
    const uint8_t *old = get_arg(args[0], args[1], &ol);
    const uint8_t *rep = get_arg(args[0], args[2], &nl);
    rt_int_t max = n_args > 3 ? rt_obj_get_int(args[3]) : -1;
    rt_vstr_t v;
    rt_vstr_init(&v, len + 1);
    size_t i = 0;
    rt_int_t done = 0;
    if (ol == 0) {
        // Insert between every character.
        while (max < 0 || done < max) {
            rt_vstr_add_strn(&v, (const char *)rep, nl);
            done++;
            if (i >= len) {
                break;
            }
            size_t j = i + 1;
            while (!is_bytes(args[0]) && j < len && (s[j] & 0xc0) == 0x80) {
                j++;
            }
            rt_vstr_add_strn(&v, (const char *)s + i, j - i);
            i = j;
        }
        rt_vstr_add_strn(&v, (const char *)s + i, len - i);
    } else {
        while (max < 0 || done < max) {
            rt_int_t at = rt_str_find_bytes(s + i, len - i, old, ol, 1);
            if (at < 0) {
                break;
            }
            rt_vstr_add_strn(&v, (const char *)s + i, (size_t)at);
            rt_vstr_add_strn(&v, (const char *)rep, nl);
            i += (size_t)at + ol;
            done++;
        }
        rt_vstr_add_strn(&v, (const char *)s + i, len - i);
    }
    if (is_bytes(args[0])) {
        return rt_bytes_new((const uint8_t *)v.buf, v.len);
    }
    return rt_str_new_from_vstr(&v);
}
static RT_DEFINE_FUN_VAR(str_replace_obj, 3, 4, str_replace);

static rt_obj_t case_impl(rt_obj_t self, bool upper) {
    size_t len;
    const uint8_t *s = get_data(self, &len);
    rt_vstr_t v;
    rt_vstr_init(&v, len + 1);
    char *d = rt_vstr_extend(&v, len);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        if (upper && c >= 'a' && c <= 'z') {
            c = (uint8_t)(c - 32);
        } else if (!upper && c >= 'A' && c <= 'Z') {
            c = (uint8_t)(c + 32);
        }
        d[i] = (char)c;
    }
    if (is_bytes(self)) {
        return rt_bytes_new((const uint8_t *)v.buf, v.len);
    }
    return rt_str_new_from_vstr(&v);
}
static rt_obj_t str_upper(rt_obj_t s) {
    return case_impl(s, true);
}
static rt_obj_t str_lower(rt_obj_t s) {
    return case_impl(s, false);
}
static RT_DEFINE_FUN_1(str_upper_obj, str_upper);
static RT_DEFINE_FUN_1(str_lower_obj, str_lower);

// Character-class tests: true if non-empty and every byte passes.
static rt_obj_t test_impl(rt_obj_t self, int kind) {
    size_t len;
    const uint8_t *s = get_data(self, &len);
    if (len == 0) {
        return RT_CONST_FALSE;
    }
    bool any_cased = false;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        bool digit = c >= '0' && c <= '9';
        bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        bool ok;
        switch (kind) {
            case 0:
                ok = digit;
                break;
            case 1:
                ok = lower || upper;
                break;
            case 2:
                ok = is_space(c);
                break;
            case 3:
                ok = digit || lower || upper;
                break;
            case 4:
                ok = !upper;
                any_cased |= lower;
                break;
            default:
                ok = !lower;
                any_cased |= upper;
                break;
        }
        if (!ok) {
            return RT_CONST_FALSE;
        }
    }
    return RT_BOOL(kind < 4 || any_cased);
}
static rt_obj_t str_isdigit(rt_obj_t s) {
    return test_impl(s, 0);
}
static rt_obj_t str_isalpha(rt_obj_t s) {
    return test_impl(s, 1);
}
static rt_obj_t str_isspace(rt_obj_t s) {
    return test_impl(s, 2);
}
static rt_obj_t str_islower(rt_obj_t s) {
    return test_impl(s, 4);
}
static rt_obj_t str_isupper(rt_obj_t s) {
    return test_impl(s, 5);
}
static RT_DEFINE_FUN_1(str_isdigit_obj, str_isdigit);
static RT_DEFINE_FUN_1(str_isalpha_obj, str_isalpha);
static RT_DEFINE_FUN_1(str_isspace_obj, str_isspace);
static RT_DEFINE_FUN_1(str_islower_obj, str_islower);
static RT_DEFINE_FUN_1(str_isupper_obj, str_isupper);

static rt_obj_t partition_impl(rt_obj_t self, rt_obj_t sep_obj, int dir) {
    size_t len, sl;
    const uint8_t *s = get_data(self, &len);
    const uint8_t *sep = get_arg(self, sep_obj, &sl);
    if (sl == 0) {
        rt_raise_msg(&rt_type_ValueError, "empty separator");
    }
    rt_int_t at = rt_str_find_bytes(s, len, sep, sl, dir);
    rt_obj_t empty = new_like(self, s, 0);
    rt_obj_t items[3];
    if (at < 0) {
        if (dir > 0) {
            items[0] = self;
            items[1] = empty;
            items[2] = empty;
        } else {
            items[0] = empty;
            items[1] = empty;
            items[2] = self;
        }
    } else {
        items[0] = new_like(self, s, (size_t)at);
        items[1] = sep_obj;
        items[2] = new_like(self, s + at + sl, len - (size_t)at - sl);
    }
    return rt_tuple_new(3, items);
}
static rt_obj_t str_partition(rt_obj_t a, rt_obj_t b) {
    return partition_impl(a, b, 1);
}
static rt_obj_t str_rpartition(rt_obj_t a, rt_obj_t b) {
    return partition_impl(a, b, -1);
}
static RT_DEFINE_FUN_2(str_partition_obj, str_partition);
static RT_DEFINE_FUN_2(str_rpartition_obj, str_rpartition);

static rt_obj_t justify(size_t n_args, const rt_obj_t *args, int where) {
    size_t len;
    const uint8_t *s = get_data(args[0], &len);
    rt_int_t width = rt_obj_get_int(args[1]);
    char fill = ' ';
    if (n_args > 2) {
        size_t fl;
        const uint8_t *f = get_data(args[2], &fl);
        if (fl != 1) {
            rt_raise_msg(&rt_type_TypeError, "fill character must be exactly one character long");
        }
        fill = (char)f[0];
    }
    size_t chars = is_bytes(args[0]) ? len : rt_utf8_charlen(s, len);
    if (width <= (rt_int_t)chars) {
        return args[0];
    }
    size_t pad = (size_t)width - chars;
    size_t left = where < 0 ? 0 : where > 0 ? pad : pad / 2 + (pad & (size_t)width & 1);
    rt_vstr_t v;
    rt_vstr_init(&v, len + pad + 1);
    for (size_t i = 0; i < left; i++) {
        rt_vstr_add_char(&v, fill);
    }
    rt_vstr_add_strn(&v, (const char *)s, len);
    for (size_t i = left; i < pad; i++) {
        rt_vstr_add_char(&v, fill);
    }
    if (is_bytes(args[0])) {
        return rt_bytes_new((const uint8_t *)v.buf, v.len);
    }
    return rt_str_new_from_vstr(&v);
}
// Stock's center takes no fill character.
static rt_obj_t str_center(rt_obj_t self, rt_obj_t width) {
    rt_obj_t a[2] = {self, width};
    return justify(2, a, 0);
}
static RT_DEFINE_FUN_2(str_center_obj, str_center);

static rt_obj_t str_encode(size_t n_args, const rt_obj_t *args) {
    size_t len;
    const uint8_t *s = get_data(args[0], &len);
    return rt_bytes_new(s, len);
}
static RT_DEFINE_FUN_VAR(str_encode_obj, 1, 3, str_encode);

static rt_obj_t bytes_decode(size_t n_args, const rt_obj_t *args) {
    size_t len;
    const uint8_t *s = get_data(args[0], &len);
    return rt_str_new((const char *)s, len);
}
static RT_DEFINE_FUN_VAR(bytes_decode_obj, 1, 3, bytes_decode);

static rt_obj_t str_format_method(size_t n_args, const rt_obj_t *args, rt_map_t *kw) {
    return rt_str_format(n_args, args, kw);
}
static RT_DEFINE_FUN_KW(str_format_obj, 1, str_format_method);

// The methods stock MicroPython has on both str and bytes.
// clang-format off
#define COMMON_METHODS \
    {RT_ROM_QSTR(RT_QSTR_count), RT_ROM_PTR(&str_count_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_endswith), RT_ROM_PTR(&str_endswith_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_find), RT_ROM_PTR(&str_find_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_index), RT_ROM_PTR(&str_index_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_isalpha), RT_ROM_PTR(&str_isalpha_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_isdigit), RT_ROM_PTR(&str_isdigit_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_islower), RT_ROM_PTR(&str_islower_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_isspace), RT_ROM_PTR(&str_isspace_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_isupper), RT_ROM_PTR(&str_isupper_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_join), RT_ROM_PTR(&str_join_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_lower), RT_ROM_PTR(&str_lower_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_lstrip), RT_ROM_PTR(&str_lstrip_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_partition), RT_ROM_PTR(&str_partition_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_replace), RT_ROM_PTR(&str_replace_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_rfind), RT_ROM_PTR(&str_rfind_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_rindex), RT_ROM_PTR(&str_rindex_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_rpartition), RT_ROM_PTR(&str_rpartition_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_rsplit), RT_ROM_PTR(&str_rsplit_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_rstrip), RT_ROM_PTR(&str_rstrip_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_split), RT_ROM_PTR(&str_split_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_splitlines), RT_ROM_PTR(&str_splitlines_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_startswith), RT_ROM_PTR(&str_startswith_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_strip), RT_ROM_PTR(&str_strip_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_upper), RT_ROM_PTR(&str_upper_obj)}, \
    {RT_ROM_QSTR(RT_QSTR_center), RT_ROM_PTR(&str_center_obj)}
// clang-format on

static const rt_map_elem_t str_locals_table[] = {
    COMMON_METHODS,
    {RT_ROM_QSTR(RT_QSTR_encode), RT_ROM_PTR(&str_encode_obj)},
    {RT_ROM_QSTR(RT_QSTR_format), RT_ROM_PTR(&str_format_obj)},
};
RT_DEFINE_CONST_DICT(rt_str_locals_dict, str_locals_table);

static const rt_map_elem_t bytes_locals_table[] = {
    COMMON_METHODS,
    {RT_ROM_QSTR(RT_QSTR_decode), RT_ROM_PTR(&bytes_decode_obj)},
};
RT_DEFINE_CONST_DICT(rt_bytes_locals_dict, bytes_locals_table);
