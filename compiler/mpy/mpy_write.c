// The .mpy writer (stock persistentcode.c's saver, mpy-format.md): header, qstr table, object
// table, then the raw-code tree depth-first. One set of functions walks the module twice:
// first with no buffer to measure, then into a buffer of exactly that size, so the two
// passes cannot disagree. Mirrors runtime/load function by function.
#include "mpy_write.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "runtime/format/mpy_format.h"

enum { STATIC_SLOTS = 512 }; // a power of two, about three times the static qstrs

typedef struct static_index {
    uint8_t slot[STATIC_SLOTS]; // static qstr number, 0 for an empty slot
} static_index;

typedef struct writer {
    uint8_t *buf;                // NULL while measuring
    size_t pos;                  // bytes written (or measured) so far
    mpyw_status err;             // first problem found
    const static_index *statics; // static qstrs by content
} writer;

static void put(writer *w, const void *p, size_t n) {
    if (w->buf && n) {
        memcpy(w->buf + w->pos, p, n);
    }
    w->pos += n;
}

static void put_byte(writer *w, uint8_t b) {
    put(w, &b, 1);
}

// vuint, mpy-format.md 2: 7-bit groups, most significant first.
static void put_vuint(writer *w, size_t v) {
    if (v > UINT32_MAX) {
        w->err = MPYW_TOO_BIG;
        return;
    }
    uint8_t buf[MPY_VUINT_MAX_LEN];
    put(w, buf, mpy_vuint_encode((uint32_t)v, buf));
}

// The byte length of each static qstr, from the string literals themselves (none holds a NUL,
// so sizeof - 1 is what strlen would give).
static const uint8_t static_qstr_len[MPY_STATIC_QSTR_COUNT + 1] = {
#define MPY_STATIC_QSTR(index, ident, string) [index] = sizeof(string) - 1,
#include "runtime/format/static_qstrs.def"
#undef MPY_STATIC_QSTR
};

_Static_assert(MPY_STATIC_QSTR_COUNT <= UINT8_MAX, "a static qstr number fits a byte");

// Hash slot of a string for the static-qstr index: its length, first and last byte, which
// are cheap and spread the 165 entries well. Open addressing over STATIC_SLOTS bytes.
static unsigned static_slot(const char *s, size_t len) {
    unsigned first = len ? (unsigned char)s[0] : 0, last = len ? (unsigned char)s[len - 1] : 0;
    return (unsigned)(len * 97u + first * 31u + last) & (STATIC_SLOTS - 1);
}

// Fills the index (once per file, on the stack: no global state): each slot holds a static
// qstr number or 0 for empty.
static void static_index_init(static_index *x) {
    memset(x->slot, 0, sizeof x->slot);
    for (unsigned i = 1; i <= MPY_STATIC_QSTR_COUNT; i++) {
        unsigned k = static_slot(mpy_static_qstr_str[i], static_qstr_len[i]);
        while (x->slot[k]) {
            k = (k + 1) & (STATIC_SLOTS - 1);
        }
        x->slot[k] = (uint8_t)i;
    }
}

// mpy_static_qstr_find's answer in a probe or two instead of a scan of the whole list (the
// writer asks for every qstr of every module, in both passes).
static unsigned static_index_find(const static_index *x, const char *s, size_t len) {
    for (unsigned k = static_slot(s, len); x->slot[k]; k = (k + 1) & (STATIC_SLOTS - 1)) {
        unsigned i = x->slot[k];
        if (static_qstr_len[i] == len && memcmp(mpy_static_qstr_str[i], s, len) == 0) {
            return i;
        }
    }
    return 0;
}

// Qstr-table entry (static-qstrs.md 2): a static string by number (odd vuint), any other
// string as an even vuint 2*len, the bytes and a NUL.
static void put_qstr(writer *w, const intern_entry *q) {
    unsigned idx = static_index_find(w->statics, q->str, q->len);
    if (idx) {
        put_vuint(w, (size_t)idx << 1 | 1);
        return;
    }
    put_vuint(w, (size_t)q->len << 1);
    put(w, q->str, (size_t)q->len + 1);
}

// Object-table entry (mpy-format.md 6): type byte, then the payload. Tuples recurse; their
// depth is the constant's nesting, which the parser bounds.
static void put_obj(writer *w, const emit_const *c) {
    char text[EMIT_FLOAT_REPR_MAX + 2];
    size_t len;
    switch ((emit_const_kind)c->kind) {
        case EMIT_CONST_FUN_TABLE:
            put_byte(w, MPY_OBJ_FUN_TABLE);
            return;
        case EMIT_CONST_NONE:
            put_byte(w, MPY_OBJ_NONE);
            return;
        case EMIT_CONST_FALSE:
            put_byte(w, MPY_OBJ_FALSE);
            return;
        case EMIT_CONST_TRUE:
            put_byte(w, MPY_OBJ_TRUE);
            return;
        case EMIT_CONST_ELLIPSIS:
            put_byte(w, MPY_OBJ_ELLIPSIS);
            return;
        case EMIT_CONST_STR:
        case EMIT_CONST_BYTES:
            put_byte(w, c->kind == EMIT_CONST_STR ? MPY_OBJ_STR : MPY_OBJ_BYTES);
            put_vuint(w, c->len);
            put(w, c->u.text, (size_t)c->len + 1); // with the NUL terminator
            return;
        case EMIT_CONST_TUPLE:
            put_byte(w, MPY_OBJ_TUPLE);
            put_vuint(w, c->len);
            for (uint32_t i = 0; i < c->len; i++) {
                put_obj(w, c->u.items[i]);
            }
            return;
        case EMIT_CONST_INT:
            // Numbers are text without a terminator: repr() of the value.
            put_byte(w, MPY_OBJ_INT);
            if (c->is_big) {
                put_vuint(w, c->len);
                put(w, c->u.text, c->len);
            } else {
                len = (size_t)snprintf(text, sizeof text, "%" PRId64, c->u.ival);
                put_vuint(w, len);
                put(w, text, len);
            }
            return;
        case EMIT_CONST_FLOAT:
            put_byte(w, MPY_OBJ_FLOAT);
            len = emit_const_float_repr(c->u.fval, true, text);
            put_vuint(w, len);
            put(w, text, len);
            return;
        case EMIT_CONST_COMPLEX:
            // Only imaginary literals are ever constants: repr() is the part's text + 'j'.
            put_byte(w, MPY_OBJ_COMPLEX);
            len = emit_const_float_repr(c->u.fval, false, text);
            text[len++] = 'j';
            put_vuint(w, len);
            put(w, text, len);
            return;
    }
}

// Raw code (mpy-format.md 7, 9): kind and length, fun_data, the native kinds' extra fields,
// then the children. Recursion follows the nesting of definitions, bounded by the parser.
static void put_raw_code(writer *w, const emit_raw_code *rc) {
    if (!rc || !rc->done) {
        w->err = MPYW_INCOMPLETE;
        return;
    }
    if (rc->fun_data_len > (UINT32_MAX >> 3)) {
        w->err = MPYW_TOO_BIG;
        return;
    }
    put_vuint(w, (size_t)rc->fun_data_len << 3 | (size_t)(rc->n_children != 0) << 2 | rc->kind);
    put(w, rc->fun_data, rc->fun_data_len);
    if (rc->kind == MPY_CODE_NATIVE_PY) {
        put_vuint(w, rc->prelude_offset);
    } else if (rc->kind == MPY_CODE_NATIVE_VIPER || rc->kind == MPY_CODE_NATIVE_ASM) {
        put_vuint(w, 0); // scope flags: mpy-cross's viper and asm code needs none
        if (rc->kind == MPY_CODE_NATIVE_ASM) {
            put_vuint(w, rc->asm_n_pos_args);
            put_vuint(w, rc->asm_type_sig);
        }
    }
    if (rc->n_children) {
        put_vuint(w, rc->n_children);
        for (uint32_t i = 0; i < rc->n_children && w->err == MPYW_OK; i++) {
            put_raw_code(w, rc->children[i]);
        }
    }
}

static bool has_native(const emit_raw_code *rc) {
    if (rc->kind != MPY_CODE_BYTECODE) {
        return true;
    }
    for (uint32_t i = 0; i < rc->n_children; i++) {
        if (rc->children[i] && has_native(rc->children[i])) {
            return true;
        }
    }
    return false;
}

// Header (mpy-format.md 3): a bytecode-only file has feature byte 0, even its sub-version
// bits; native code sets (arch << 2) | 3.
static void put_module(writer *w, const emit_module *m, const mpyw_options *opt) {
    uint8_t feature = 0;
    if (opt->arch_flags) {
        feature |= MPY_FEATURE_ARCH_FLAGS;
    }
    if (has_native(m->root)) {
        feature |= (uint8_t)(MPY_SUB_VERSION | (opt->arch & MPY_FEATURE_ARCH_MASK)
                                                   << MPY_FEATURE_ARCH_SHIFT);
    }
    uint8_t header[MPY_HEADER_LEN] = {MPY_MAGIC, MPY_VERSION, feature, opt->small_int_bits};
    put(w, header, sizeof header);
    if (opt->arch_flags) {
        put_vuint(w, opt->arch_flags);
    }
    put_vuint(w, m->n_qstrs);
    put_vuint(w, m->n_objs);
    for (uint32_t i = 0; i < m->n_qstrs; i++) {
        put_qstr(w, intern_get(m->names, m->qstrs[i]));
    }
    for (uint32_t i = 0; i < m->n_objs; i++) {
        put_obj(w, m->objs[i]);
    }
    put_raw_code(w, m->root);
}

mpyw_status mpyw_write(const emit_module *m, const mpyw_options *opt, arena *a, const uint8_t **out,
                       size_t *out_len) {
    if (!m->root || !m->root->done) {
        return MPYW_INCOMPLETE;
    }
    static_index statics;
    static_index_init(&statics);
    writer w = {.statics = &statics};
    put_module(&w, m, opt);
    if (w.err != MPYW_OK) {
        return w.err;
    }
    size_t size = w.pos;
    w = (writer){.buf = arena_alloc(a, size ? size : 1), .statics = &statics};
    if (!w.buf) {
        return MPYW_NO_MEMORY;
    }
    put_module(&w, m, opt);
    *out = w.buf;
    *out_len = w.pos;
    return w.err;
}
