// The writer's native paths: a module whose child is native code (inline assembler, kind 3;
// @micropython.native, kind 1). The machine code and its extra fields are taken from the stock
// file itself (there is no native emitter yet); the module's bytecode, the tables, the header
// with its feature byte and the raw-code framing are ours and must give the same bytes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "hand.h"
#include "runtime/format/mpy_format.h"

TestSuite(mpy_write);

typedef struct child_code {
    uint32_t kind;
    const uint8_t *fun_data;
    uint32_t fun_data_len;
    uint32_t extra[3]; // prelude offset, or scope flags / n_pos_args / type signature
} child_code;

static uint32_t vuint(const uint8_t *buf, size_t len, size_t *pos) {
    uint32_t v = 0;
    cr_assert(mpy_vuint_decode(buf, len, pos, &v) == MPY_OK);
    return v;
}

// The first child of the module raw code of a stock file with only FUN_TABLE objects.
static child_code first_child(const uint8_t *buf, size_t len) {
    size_t pos = MPY_HEADER_LEN;
    uint32_t n_qstr = vuint(buf, len, &pos), n_obj = vuint(buf, len, &pos);
    for (uint32_t i = 0; i < n_qstr; i++) {
        uint32_t v = vuint(buf, len, &pos);
        if (!(v & 1)) {
            pos += (v >> 1) + 1;
        }
    }
    for (uint32_t i = 0; i < n_obj; i++) {
        cr_assert(buf[pos++] == MPY_OBJ_FUN_TABLE);
    }
    uint32_t kl = vuint(buf, len, &pos);
    cr_assert(MPY_KIND_LEN_HAS_CHILDREN(kl));
    pos += MPY_KIND_LEN_FUN_DATA_LEN(kl);
    cr_assert(vuint(buf, len, &pos) == 1);
    kl = vuint(buf, len, &pos);
    child_code c = {.kind = MPY_KIND_LEN_KIND(kl),
                    .fun_data = buf + pos,
                    .fun_data_len = MPY_KIND_LEN_FUN_DATA_LEN(kl)};
    pos += c.fun_data_len;
    int n_extra = c.kind == MPY_CODE_NATIVE_PY ? 1 : c.kind == MPY_CODE_NATIVE_ASM ? 3 : 1;
    for (int i = 0; i < n_extra; i++) {
        c.extra[i] = vuint(buf, len, &pos);
    }
    cr_assert(pos == len);
    return c;
}

// @micropython.X / def NAME(...): the decorator is consumed, the function made and stored.
static void native_module(hand *h) {
    hand_line(h, 1);
    EM(h, make_function, h->scopes[1], 0, 0);
    if (h->pass != EMIT_PASS_SCOPE) {
        emit_id_op(&h->ops->store_id, h->e, &h->scopes[0]->ids[0]); // STORE_NAME of the def
    }
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

static void check_native(const char *name, const char *fn, const char *arg, bool fun_table) {
    char file[64];
    snprintf(file, sizeof file, "%s.mpy", name);
    size_t want_len;
    uint8_t *want = hand_read_golden(file, &want_len);
    cr_assert(want != NULL);
    child_code c = first_child(want, want_len);

    hand h;
    snprintf(file, sizeof file, "%s.py", name);
    hand_init(&h, file);
    h.opt.arch = MPY_ARCH_ARMV7M;
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, native_module);
    hand_id(&h, mod, fn, SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    scope *child = hand_scope(&h, SCOPE_FUNCTION, fn, mod, NULL);
    if (fun_table) {
        emit_module_use_const(&h.m, &emit_const_fun_table); // the native code's first need
    }
    cr_assert(hand_run_passes(&h));
    if (arg) {
        emit_module_use_qstr(&h.m, hand_q(&h, arg)); // the native prelude's argument name
    }
    emit_raw_code *rc = emit_scope_raw_code(&h.m, child);
    rc->kind = (uint8_t)c.kind;
    rc->fun_data = c.fun_data;
    rc->fun_data_len = c.fun_data_len;
    rc->prelude_offset = c.extra[0];
    rc->asm_n_pos_args = c.extra[1];
    rc->asm_type_sig = c.extra[2];
    rc->done = true;

    const uint8_t *got;
    size_t got_len;
    mpyw_status st;
    cr_assert(hand_write(&h, &got, &got_len, &st), "writer status %d", (int)st);
    cr_expect(got[2] == mpy_feature_byte(MPY_ARCH_ARMV7M, false));
    char *diff = hand_diff(got, got_len, want, want_len);
    cr_expect(diff[0] == '\0', "%s: %s", name, diff);
    free(diff);
    hand_fini(&h);
    free(want);
}

Test(mpy_write, inline_asm_child_matches_mpy_cross) {
    check_native("asm_thumb", "add", NULL, false);
}

Test(mpy_write, native_child_matches_mpy_cross) {
    check_native("native_fn", "f", "a", true);
}

static void return_none(hand *h) {
    hand_line(h, 1);
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
}

// Every static qstr, and strings that differ from one by a byte or a length, go into the qstr
// table; each entry must be a static reference exactly when mpy_static_qstr_find finds it.
Test(mpy_write, static_qstr_reference_exactly_for_static_strings) {
    hand h;
    hand_init(&h, "q.py");
    hand_scope(&h, SCOPE_MODULE, "<module>", NULL, return_none);
    cr_assert(hand_run_passes(&h));
    static const char *const near[] = {"__dir_",  "__dir__x", "__Dir__", "\t",  "  ",
                                       "<modul>", "zi",       "zipp",    "Zip", "__",
                                       "x",       "\n\n",     "*x"};
    size_t n_near = sizeof near / sizeof *near;
    for (unsigned i = 1; i <= MPY_STATIC_QSTR_COUNT + n_near; i++) {
        const char *s = i <= MPY_STATIC_QSTR_COUNT ? mpy_static_qstr_str[i]
                                                   : near[i - MPY_STATIC_QSTR_COUNT - 1];
        emit_module_use_qstr(&h.m, hand_q(&h, s));
    }
    const uint8_t *got;
    size_t len, pos = MPY_HEADER_LEN;
    mpyw_status st;
    cr_assert(hand_write(&h, &got, &len, &st), "writer status %d", (int)st);
    uint32_t n_qstr = vuint(got, len, &pos);
    cr_assert(n_qstr == h.m.n_qstrs);
    vuint(got, len, &pos); // objects
    for (uint32_t i = 0; i < n_qstr; i++) {
        const intern_entry *q = intern_get(&h.names, h.m.qstrs[i]);
        unsigned want = mpy_static_qstr_find(q->str, q->len);
        uint32_t v = vuint(got, len, &pos);
        if (want) {
            cr_expect(v == (want << 1 | 1), "'%s': got %u, want static %u", q->str, v, want);
        } else {
            cr_expect(!(v & 1) && v >> 1 == q->len, "'%s' must be spelled out", q->str);
            pos += (v & 1) ? 0 : (v >> 1) + 1;
        }
    }
    hand_fini(&h);
}
