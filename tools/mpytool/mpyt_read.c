// mpytool: reads a .mpy v6 file into the mpyt_file model (mpy-format.md 3-9). Input is a byte
// buffer that may be anything: every read goes through the bounds-checked reader below, every
// count is compared with the bytes left before it sizes an allocation, and raw-code and tuple
// nesting is capped, so memory and stack stay proportional to the input. The first problem
// found ends the parse with an error naming its file offset.
#include "mpyt.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

// ---------------------------------------------------------------------------------------------
// The pool: every allocation of one parsed file, freed together by mpyt_free().

typedef struct pool_block {
    struct pool_block *next;
    max_align_t data[]; // the caller's bytes
} pool_block;

struct mpyt_pool {
    pool_block *head;
};

// Zeroed room for `n` items of `size` bytes; NULL on overflow or out of memory.
static void *pool_alloc(mpyt_pool *p, size_t n, size_t size) {
    if (n == 0) {
        n = 1;
    }
    if (size != 0 && n > (SIZE_MAX - sizeof(pool_block)) / size) {
        return NULL;
    }
    pool_block *b = calloc(1, sizeof(pool_block) + n * size);
    if (b == NULL) {
        return NULL;
    }
    b->next = p->head;
    p->head = b;
    return b->data;
}

static void pool_free(mpyt_pool *p) {
    while (p->head != NULL) {
        pool_block *next = p->head->next;
        free(p->head);
        p->head = next;
    }
}

// ---------------------------------------------------------------------------------------------
// The reader: a cursor over buf[0 .. end) where `end` is the file length or, inside a raw
// code, the end of its fun_data. Offsets are always file offsets.

typedef struct {
    const uint8_t *buf;
    size_t end; // reads stop here
    size_t pos;
    const char *area; // what `end` closes, for messages: "the file", "fun_data"
    mpyt_error *err;
    mpyt_file *f;
} reader;

PRINTF_LIKE(3, 4)
static bool fail(reader *r, size_t off, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    r->err->offset = off;
    vsnprintf(r->err->msg, sizeof r->err->msg, fmt, ap);
    va_end(ap);
    return false;
}

static size_t left(const reader *r) {
    return r->pos < r->end ? r->end - r->pos : 0;
}

static void *alloc(reader *r, size_t n, size_t size) {
    void *p = pool_alloc(r->f->pool, n, size);
    if (p == NULL) {
        fail(r, r->pos, "out of memory");
    }
    return p;
}

static bool read_byte(reader *r, const char *what, uint8_t *out) {
    if (r->pos >= r->end) {
        return fail(r, r->pos, "%s: unexpected end of %s", what, r->area);
    }
    *out = r->buf[r->pos++];
    return true;
}

static bool read_vuint(reader *r, const char *what, uint32_t *out) {
    size_t at = r->pos;
    switch (mpy_vuint_decode(r->buf, r->end, &r->pos, out)) {
        case MPY_OK:
            return true;
        case MPY_ERR_TRUNCATED:
            return fail(r, at, "%s: unexpected end of %s", what, r->area);
        case MPY_ERR_OVERFLOW:
        default:
            return fail(r, at, "%s: number does not fit in 32 bits", what);
    }
}

// Takes `n` bytes; `what` names them in the message if fewer are left.
static bool read_bytes(reader *r, size_t n, const char *what, const uint8_t **out) {
    if (n > left(r)) {
        return fail(r, r->pos, "%s of %zu bytes runs past the end of %s (%zu bytes left)", what, n,
                    r->area, left(r));
    }
    *out = r->buf + r->pos;
    r->pos += n;
    return true;
}

// A count of items that each take at least one byte must not exceed the bytes left.
static bool check_count(reader *r, size_t at, uint32_t n, const char *what) {
    if (n > left(r)) {
        return fail(r, at, "%s: %" PRIu32 " entries cannot fit in the %zu bytes left", what, n,
                    left(r));
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Header and tables (mpy-format.md 3-6)

static bool read_header(reader *r) {
    mpyt_file *f = r->f;
    const uint8_t *h;
    if (r->end < MPY_HEADER_LEN) {
        return fail(r, 0, "file too short for a .mpy header (%zu bytes, need %d)", r->end,
                    MPY_HEADER_LEN);
    }
    read_bytes(r, MPY_HEADER_LEN, "header", &h);
    memcpy(f->header, h, MPY_HEADER_LEN);
    if (h[0] != MPY_MAGIC) {
        return fail(r, 0, "not a .mpy file (first byte 0x%02x, expected 0x4d 'M')", h[0]);
    }
    if (h[1] != MPY_VERSION) {
        return fail(r, 1, "unsupported .mpy version %u (this tool reads version %d)", h[1],
                    MPY_VERSION);
    }
    if (h[2] & MPY_FEATURE_RESERVED) {
        return fail(r, 2, "reserved bit 7 of the feature byte is set (0x%02x)", h[2]);
    }
    f->sub_version = h[2] & MPY_FEATURE_SUB_VERSION_MASK;
    f->arch = (h[2] >> MPY_FEATURE_ARCH_SHIFT) & MPY_FEATURE_ARCH_MASK;
    if (f->arch != MPY_ARCH_NONE && f->sub_version != MPY_SUB_VERSION) {
        return fail(r, 2, "sub-version %u with native architecture %u (expected sub-version %d)",
                    f->sub_version, f->arch, MPY_SUB_VERSION);
    }
    f->has_arch_flags = (h[2] & MPY_FEATURE_ARCH_FLAGS) != 0;
    if (f->has_arch_flags && !read_vuint(r, "arch flags", &f->arch_flags)) {
        return false;
    }
    return true;
}

// The two table sizes come first (mpy-format.md 4), then the two tables.
static bool read_table_sizes(reader *r) {
    mpyt_file *f = r->f;
    size_t at_qstr = r->pos, at_obj;
    if (!read_vuint(r, "qstr table size", &f->n_qstr)) {
        return false;
    }
    at_obj = r->pos;
    if (!read_vuint(r, "object table size", &f->n_obj)) {
        return false;
    }
    return check_count(r, at_qstr, f->n_qstr, "qstr table") &&
           check_count(r, at_obj, f->n_obj, "object table");
}

static bool read_qstrs(reader *r) {
    mpyt_file *f = r->f;
    f->qstrs = alloc(r, f->n_qstr, sizeof(mpyt_qstr));
    if (f->qstrs == NULL) {
        return false;
    }
    for (uint32_t i = 0; i < f->n_qstr; i++) {
        mpyt_qstr *q = &f->qstrs[i];
        uint32_t v = 0;
        uint8_t nul = 0;
        q->off = r->pos;
        if (!read_vuint(r, "qstr entry", &v)) {
            return false;
        }
        if (v & 1) {
            uint32_t idx = v >> 1;
            if (idx < 1 || idx > MPY_STATIC_QSTR_COUNT) {
                return fail(r, q->off,
                            "qstr %" PRIu32 ": static qstr index %" PRIu32 " out of range 1..%d", i,
                            idx, MPY_STATIC_QSTR_COUNT);
            }
            q->static_idx = idx;
            q->str = (const uint8_t *)mpy_static_qstr_str[idx];
            q->len = (uint32_t)strlen(mpy_static_qstr_str[idx]);
            continue;
        }
        q->len = v >> 1;
        if (!read_bytes(r, q->len, "qstr text", &q->str) ||
            !read_byte(r, "qstr terminator", &nul)) {
            return false;
        }
        if (nul != 0) {
            return fail(r, r->pos - 1,
                        "qstr %" PRIu32 " is not followed by a 0 byte (found 0x%02x)", i, nul);
        }
    }
    return true;
}

// True if `s` is decimal digits with an optional leading '-', as INT text must be.
static bool is_int_text(const uint8_t *s, uint32_t len) {
    uint32_t i = (len > 0 && s[0] == '-') ? 1 : 0;
    if (i == len) {
        return false;
    }
    for (; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
    }
    return true;
}

// True if `s` is non-empty printable ASCII without spaces (FLOAT and COMPLEX text).
static bool is_number_text(const uint8_t *s, uint32_t len) {
    for (uint32_t i = 0; i < len; i++) {
        if (s[i] <= ' ' || s[i] >= 0x7f) {
            return false;
        }
    }
    return len > 0;
}

static bool read_obj(reader *r, mpyt_obj *o, unsigned depth) {
    o->off = r->pos;
    if (!read_byte(r, "object type", &o->type)) {
        return false;
    }
    switch (o->type) {
        case MPY_OBJ_FUN_TABLE:
        case MPY_OBJ_NONE:
        case MPY_OBJ_FALSE:
        case MPY_OBJ_TRUE:
        case MPY_OBJ_ELLIPSIS:
            return true;
        case MPY_OBJ_STR:
        case MPY_OBJ_BYTES: {
            uint8_t nul = 0;
            if (!read_vuint(r, "object length", &o->len) ||
                !read_bytes(r, o->len, "object data", &o->data) ||
                !read_byte(r, "object terminator", &nul)) {
                return false;
            }
            if (nul != 0) {
                return fail(r, r->pos - 1, "%s object is not followed by a 0 byte (found 0x%02x)",
                            o->type == MPY_OBJ_STR ? "str" : "bytes", nul);
            }
            return true;
        }
        case MPY_OBJ_INT:
        case MPY_OBJ_FLOAT:
        case MPY_OBJ_COMPLEX: {
            size_t at = r->pos;
            if (!read_vuint(r, "object length", &o->len) ||
                !read_bytes(r, o->len, "object text", &o->data)) {
                return false;
            }
            bool ok = o->type == MPY_OBJ_INT ? is_int_text(o->data, o->len)
                                             : is_number_text(o->data, o->len);
            if (!ok) {
                return fail(r, at, "%s object text is not a number",
                            o->type == MPY_OBJ_INT     ? "int"
                            : o->type == MPY_OBJ_FLOAT ? "float"
                                                       : "complex");
            }
            return true;
        }
        case MPY_OBJ_TUPLE: {
            size_t at = r->pos;
            if (depth >= MPYT_MAX_DEPTH) {
                return fail(r, o->off, "tuples nested more than %d deep", MPYT_MAX_DEPTH);
            }
            if (!read_vuint(r, "tuple length", &o->len) || !check_count(r, at, o->len, "tuple")) {
                return false;
            }
            o->items = alloc(r, o->len, sizeof(mpyt_obj));
            if (o->items == NULL) {
                return false;
            }
            for (uint32_t i = 0; i < o->len; i++) {
                if (!read_obj(r, &o->items[i], depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        default:
            return fail(r, o->off, "unknown object type %u", o->type);
    }
}

static bool read_objs(reader *r) {
    mpyt_file *f = r->f;
    f->objs = alloc(r, f->n_obj, sizeof(mpyt_obj));
    if (f->objs == NULL) {
        return false;
    }
    for (uint32_t i = 0; i < f->n_obj; i++) {
        if (!read_obj(r, &f->objs[i], 0)) {
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Preludes (mpy-format.md 8.1-8.5), read inside the fun_data of one raw code: r->end is the
// end of fun_data and r->pos the signature.

static bool read_qstr_index(reader *r, const char *what, uint32_t *out) {
    size_t at = r->pos;
    if (!read_vuint(r, what, out)) {
        return false;
    }
    if (*out >= r->f->n_qstr) {
        return fail(r, at, "%s: qstr index %" PRIu32 " out of range (%" PRIu32 " qstrs)", what,
                    *out, r->f->n_qstr);
    }
    return true;
}

static bool read_prelude(reader *r, mpyt_rc *rc) {
    mpyt_prelude *p = &rc->prelude;
    size_t at = r->pos;
    p->start = (uint32_t)(at - rc->fun_off);
    switch (mpy_prelude_sig_decode(r->buf, r->end, &r->pos, &p->sig)) {
        case MPY_OK:
            break;
        case MPY_ERR_TRUNCATED:
            return fail(r, at, "prelude signature: unexpected end of fun_data");
        default:
            return fail(r, at, "prelude signature: fields do not fit in 32 bits");
    }
    at = r->pos;
    switch (mpy_prelude_size_decode(r->buf, r->end, &r->pos, &p->size)) {
        case MPY_OK:
            break;
        case MPY_ERR_TRUNCATED:
            return fail(r, at, "prelude size: unexpected end of fun_data");
        default:
            return fail(r, at, "prelude size: fields do not fit in 32 bits");
    }
    size_t info_start = r->pos;
    if (p->size.n_info > left(r)) {
        return fail(r, at,
                    "source info of %" PRIu32 " bytes runs past the end of fun_data (%zu "
                    "bytes left)",
                    p->size.n_info, left(r));
    }
    size_t info_end = info_start + p->size.n_info;
    if (p->size.n_cell > r->end - info_end) {
        return fail(r, at, "%" PRIu32 " cell bytes run past the end of fun_data (%zu bytes left)",
                    p->size.n_cell, r->end - info_end);
    }
    p->info_start = (uint32_t)(info_start - rc->fun_off);
    p->cells_start = (uint32_t)(info_end - rc->fun_off);
    p->code_start = p->cells_start + p->size.n_cell;

    // The names live inside the source info: read them with the end moved there.
    size_t fun_end = r->end;
    const char *area = r->area;
    r->end = info_end;
    r->area = "the source info";
    if (!read_qstr_index(r, "simple_name", &p->simple_name)) {
        return false;
    }
    uint64_t n_args = (uint64_t)p->sig.n_pos_args + p->sig.n_kwonly_args;
    if (n_args > left(r)) {
        return fail(r, r->pos,
                    "%" PRIu64 " argument names cannot fit in the %zu bytes of source "
                    "info left",
                    n_args, left(r));
    }
    p->n_arg_names = (uint32_t)n_args;
    p->arg_names = alloc(r, p->n_arg_names, sizeof(uint32_t));
    if (p->arg_names == NULL) {
        return false;
    }
    for (uint32_t i = 0; i < p->n_arg_names; i++) {
        if (!read_qstr_index(r, "argument name", &p->arg_names[i])) {
            return false;
        }
    }
    p->lines_start = (uint32_t)(r->pos - rc->fun_off);
    // The line-number table must decode exactly to the end of the source info.
    while (r->pos < r->end) {
        uint32_t b, l;
        if (mpy_line_entry_decode(r->buf, r->end, &r->pos, &b, &l) != MPY_OK) {
            return fail(r, r->pos, "line-number entry runs past the end of the source info");
        }
    }
    r->end = fun_end;
    r->area = area;
    r->pos = info_end;
    for (uint32_t i = 0; i < p->size.n_cell; i++) {
        uint8_t local = r->buf[info_end + i];
        if (local >= p->sig.n_state) {
            return fail(r, info_end + i, "cell local %u out of range (n_state %" PRIu32 ")", local,
                        p->sig.n_state);
        }
    }
    r->pos = rc->fun_off + p->code_start;
    rc->has_prelude = true;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Raw codes (mpy-format.md 7, 9)

// The viper relocation stream (mpy-format.md 9.2): checked here, decoded again for printing.
static bool read_relocs(reader *r, mpyt_rc *rc) {
    rc->reloc_off = r->pos;
    rc->reloc = r->buf + r->pos;
    for (;;) {
        uint8_t op = 0;
        uint32_t v = 0;
        if (!read_byte(r, "relocation", &op)) {
            return false;
        }
        if (op == MPY_RELOC_END) {
            break;
        }
        if ((op & 1) && !read_vuint(r, "relocation address", &v)) {
            return false;
        }
        unsigned kind = op >> 1;
        if (kind <= 5 && (kind & 1) && !read_vuint(r, "relocation count", &v)) {
            return false;
        }
    }
    rc->reloc_len = (uint32_t)(r->pos - rc->reloc_off);
    return true;
}

static bool read_raw_code(reader *r, mpyt_rc *rc, mpyt_rc *parent, unsigned depth) {
    uint32_t kind_len = 0;
    rc->off = r->pos;
    rc->parent = parent;
    rc->index = r->f->n_raw_codes++;
    if (depth >= MPYT_MAX_DEPTH) {
        return fail(r, rc->off, "raw codes nested more than %d deep", MPYT_MAX_DEPTH);
    }
    if (!read_vuint(r, "raw code header", &kind_len)) {
        return false;
    }
    rc->kind = (uint8_t)MPY_KIND_LEN_KIND(kind_len);
    rc->fun_len = MPY_KIND_LEN_FUN_DATA_LEN(kind_len);
    rc->fun_off = r->pos;
    if (!read_bytes(r, rc->fun_len, "fun_data", &rc->fun)) {
        return false;
    }
    size_t after_fun = r->pos;
    size_t at;
    switch (rc->kind) {
        case MPY_CODE_BYTECODE:
            r->pos = rc->fun_off;
            r->end = after_fun;
            r->area = "fun_data";
            if (!read_prelude(r, rc)) {
                return false;
            }
            break;
        case MPY_CODE_NATIVE_PY:
            at = r->pos;
            if (!read_vuint(r, "prelude offset", &rc->prelude_offset)) {
                return false;
            }
            if (rc->prelude_offset >= rc->fun_len) {
                return fail(r, at,
                            "prelude offset %" PRIu32 " is not inside the %" PRIu32
                            " bytes of fun_data",
                            rc->prelude_offset, rc->fun_len);
            }
            after_fun = r->pos;
            r->pos = rc->fun_off + rc->prelude_offset;
            r->end = rc->fun_off + rc->fun_len;
            r->area = "fun_data";
            if (!read_prelude(r, rc)) {
                return false;
            }
            break;
        case MPY_CODE_NATIVE_VIPER:
            if (!read_vuint(r, "scope flags", &rc->scope_flags)) {
                return false;
            }
            if ((rc->scope_flags & MPY_SCOPE_FLAG_VIPERRODATA) &&
                !read_vuint(r, "rodata size", &rc->rodata_len)) {
                return false;
            }
            if ((rc->scope_flags & MPY_SCOPE_FLAG_VIPERBSS) &&
                !read_vuint(r, "bss size", &rc->bss_len)) {
                return false;
            }
            if (!read_bytes(r, rc->rodata_len, "rodata", &rc->rodata)) {
                return false;
            }
            after_fun = r->pos;
            break;
        case MPY_CODE_NATIVE_ASM:
        default:
            if (!read_vuint(r, "scope flags", &rc->scope_flags) ||
                !read_vuint(r, "argument count", &rc->asm_n_args) ||
                !read_vuint(r, "return type", &rc->asm_type_sig)) {
                return false;
            }
            after_fun = r->pos;
            break;
    }
    r->pos = after_fun;
    r->end = r->f->len;
    r->area = "the file";

    if (MPY_KIND_LEN_HAS_CHILDREN(kind_len)) {
        at = r->pos;
        if (!read_vuint(r, "number of children", &rc->n_children) ||
            !check_count(r, at, rc->n_children, "children")) {
            return false;
        }
        rc->children = alloc(r, rc->n_children, sizeof(mpyt_rc));
        if (rc->children == NULL) {
            return false;
        }
        for (uint32_t i = 0; i < rc->n_children; i++) {
            if (!read_raw_code(r, &rc->children[i], rc, depth + 1)) {
                return false;
            }
        }
    }
    if (rc->kind == MPY_CODE_NATIVE_VIPER && (rc->scope_flags & MPY_SCOPE_FLAG_VIPERRELOC)) {
        return read_relocs(r, rc);
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

void mpyt_free(mpyt_file *f) {
    if (f != NULL) {
        mpyt_pool *p = f->pool;
        pool_free(p);
        free(p);
    }
}

mpyt_file *mpyt_parse(const uint8_t *buf, size_t len, mpyt_error *err) {
    mpyt_pool *pool = calloc(1, sizeof *pool);
    mpyt_file *f = pool ? pool_alloc(pool, 1, sizeof *f) : NULL;
    if (f == NULL) {
        free(pool);
        err->offset = 0;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    f->pool = pool;
    f->len = len;
    reader r = {.buf = buf, .end = len, .area = "the file", .err = err, .f = f};
    if (!read_header(&r) || !read_table_sizes(&r) || !read_qstrs(&r) || !read_objs(&r) ||
        !read_raw_code(&r, &f->root, NULL, 0)) {
        mpyt_free(f);
        return NULL;
    }
    f->end = r.pos;
    return f;
}

bool mpyt_run(mpyt_command cmd, const uint8_t *buf, size_t len, FILE *out, mpyt_error *err) {
    mpyt_file *f = mpyt_parse(buf, len, err);
    if (f == NULL) {
        return false;
    }
    bool ok = true;
    if (cmd == MPYT_CMD_INFO) {
        mpyt_info(f, out);
    } else {
        ok = mpyt_dis(f, out, err);
    }
    mpyt_free(f);
    return ok;
}
