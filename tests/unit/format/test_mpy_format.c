// The .mpy field helpers of runtime/format/mpy_format.h on the examples mpy-format.md and
// bytecode.md give, on round trips, and on truncated and oversized input; the static qstr and
// architecture tables against static-qstrs.md and mpy-format.md (spec_tables.inc).
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "format/mpy_format.h"

#define SPEC_VAR (-128)

struct spec_opcode {
    int first, last;
    const char *name;
    const char *operand;
    int stack;
};
struct spec_operator {
    int n;
    const char *name;
    int opcode;
};
struct spec_qstr {
    int index;
    const char *str;
    unsigned hash8, hash16;
    uint8_t ref[2];
    int ref_len;
};
struct spec_arch {
    int number;
    const char *name;
};

#include "spec_tables.inc"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

TestSuite(mpy_format);

// Hex text ("81 6c") to bytes; returns the count.
static size_t unhex(const char *hex, uint8_t *out) {
    size_t n = 0;
    while (*hex) {
        if (*hex == ' ') {
            hex++;
            continue;
        }
        out[n++] = (uint8_t)strtoul((char[]){hex[0], hex[1], 0}, NULL, 16);
        hex += 2;
    }
    return n;
}

// A copy of `n` bytes in a heap block of exactly that size, so ASan sees any overread.
static uint8_t *exact(const uint8_t *p, size_t n) {
    uint8_t *b = malloc(n ? n : 1);
    memcpy(b, p, n);
    return b;
}

Test(mpy_format, vuint_examples_from_the_spec) {
    static const struct {
        uint32_t v;
        const char *hex;
    } cases[] = {
        {0, "00"},      {5, "05"},      {127, "7f"},         {128, "81 00"},
        {236, "81 6c"}, {300, "82 2c"}, {16384, "81 80 00"}, {UINT32_MAX, "8f ff ff ff 7f"}};
    for (size_t i = 0; i < N_OF(cases); i++) {
        uint8_t want[8], got[MPY_VUINT_MAX_LEN];
        size_t n = unhex(cases[i].hex, want);
        size_t m = mpy_vuint_encode(cases[i].v, got);
        cr_expect(eq(sz, m, n), "%u: length", cases[i].v);
        cr_expect(memcmp(got, want, n) == 0, "%u: bytes", cases[i].v);
        uint8_t *buf = exact(want, n);
        size_t pos = 0;
        uint32_t v = 0;
        cr_expect(eq(int, mpy_vuint_decode(buf, n, &pos, &v), MPY_OK));
        cr_expect(eq(u32, v, cases[i].v));
        cr_expect(eq(sz, pos, n));
        // Every shorter prefix is truncated, and the position stays put.
        for (size_t k = 0; k < n; k++) {
            pos = 0;
            cr_expect(eq(int, mpy_vuint_decode(buf, k, &pos, &v), MPY_ERR_TRUNCATED));
            cr_expect(eq(sz, pos, 0));
        }
        free(buf);
    }
}

Test(mpy_format, vuint_rejects_values_over_32_bits_and_accepts_leading_zero_groups) {
    uint8_t big[] = {0x90, 0x80, 0x80, 0x80, 0x00}; // 2^32
    uint8_t padded[] = {0x80, 0x80, 0x05};          // 5 with two empty groups
    size_t pos = 0;
    uint32_t v;
    cr_expect(eq(int, mpy_vuint_decode(big, sizeof big, &pos, &v), MPY_ERR_OVERFLOW));
    cr_expect(eq(sz, pos, 0));
    cr_expect(eq(int, mpy_vuint_decode(padded, sizeof padded, &pos, &v), MPY_OK));
    cr_expect(eq(u32, v, 5));
    cr_expect(eq(sz, pos, 3));
}

Test(mpy_format, signed_varint_examples_and_round_trips) {
    static const struct {
        int64_t v;
        const char *hex;
    } cases[] = {{48, "30"},
                 {64, "80 40"},
                 {70, "80 46"},
                 {-17, "6f"},
                 {-65, "ff 3f"},
                 {8191, "bf 7f"},
                 {-8192, "c0 00"},
                 {0, "00"},
                 {-1, "7f"},
                 {1073741823, "83 ff ff ff 7f"},
                 {-1073741824, "fc 80 80 80 00"}};
    for (size_t i = 0; i < N_OF(cases); i++) {
        uint8_t want[12], got[MPY_SVINT_MAX_LEN];
        size_t n = unhex(cases[i].hex, want);
        size_t m = mpy_svint_encode(cases[i].v, got);
        cr_expect(eq(sz, m, n), "%lld: length", (long long)cases[i].v);
        cr_expect(memcmp(got, want, n) == 0, "%lld: bytes", (long long)cases[i].v);
        size_t pos = 0;
        int64_t v = 0;
        cr_expect(eq(int, mpy_svint_decode(want, n, &pos, &v), MPY_OK));
        cr_expect(eq(i64, v, cases[i].v));
    }
    static const int64_t round[] = {
        INT64_MIN, INT64_MIN + 1, -(INT64_C(1) << 62), -4097,    -4096, -63, -64, 63, 64,
        4095,      4096,          INT64_C(1) << 62,    INT64_MAX};
    for (size_t i = 0; i < N_OF(round); i++) {
        uint8_t buf[MPY_SVINT_MAX_LEN];
        size_t n = mpy_svint_encode(round[i], buf), pos = 0;
        int64_t v = 0;
        cr_expect(n <= MPY_SVINT_MAX_LEN);
        cr_expect(eq(int, mpy_svint_decode(buf, n, &pos, &v), MPY_OK), "%lld", (long long)round[i]);
        cr_expect(eq(i64, v, round[i]));
        cr_expect(eq(sz, pos, n));
    }
}

Test(mpy_format, prelude_signature_examples_from_the_spec) {
    static const struct {
        const char *hex;
        mpy_prelude_sig sig;
    } cases[] = {
        {"10", {3, 0, 0, 0, 0, 0}},
        {"00", {1, 0, 0, 0, 0, 0}},
        {"9a 01", {4, 0, 0, 2, 0, 1}},
        {"ac 02", {6, 3, 0, 0, 0, 0}},
        {"c3 88 c0 c0 40", {9, 0, 0x0e, 3, 1, 0}},
        {"c6 03", {9, 3, 0, 2, 0, 1}}, // mpy-cross output for a try/finally function
    };
    for (size_t i = 0; i < N_OF(cases); i++) {
        uint8_t bytes[16];
        size_t n = unhex(cases[i].hex, bytes), pos = 0;
        uint8_t *buf = exact(bytes, n);
        mpy_prelude_sig sig;
        cr_expect(eq(int, mpy_prelude_sig_decode(buf, n, &pos, &sig), MPY_OK), "%s", cases[i].hex);
        cr_expect(eq(sz, pos, n));
        cr_expect(memcmp(&sig, &cases[i].sig, sizeof sig) == 0, "%s: fields", cases[i].hex);
        uint8_t enc[MPY_PRELUDE_SIG_MAX_LEN];
        cr_expect(eq(sz, mpy_prelude_sig_encode(&cases[i].sig, enc), n), "%s: length",
                  cases[i].hex);
        cr_expect(memcmp(enc, bytes, n) == 0, "%s: encoding", cases[i].hex);
        for (size_t k = 0; k < n; k++) {
            pos = 0;
            cr_expect(eq(int, mpy_prelude_sig_decode(buf, k, &pos, &sig), MPY_ERR_TRUNCATED));
        }
        free(buf);
    }
}

Test(mpy_format, prelude_signature_round_trips_and_bounds) {
    static const uint32_t vals[] = {0, 1, 2, 3, 4, 7, 15, 16, 255, 256, 65535, 1u << 20};
    for (size_t a = 0; a < N_OF(vals); a++) {
        for (size_t b = 0; b < N_OF(vals); b++) {
            mpy_prelude_sig sig = {
                vals[a] + 1, vals[b] & 0xff, vals[(a + b) % N_OF(vals)] & 0xf,
                vals[b],     vals[a] & 0xff, vals[(a * 7 + b) % N_OF(vals)] & 0xff};
            uint8_t buf[MPY_PRELUDE_SIG_MAX_LEN];
            size_t n = mpy_prelude_sig_encode(&sig, buf), pos = 0;
            mpy_prelude_sig got;
            cr_assert(n <= MPY_PRELUDE_SIG_MAX_LEN);
            cr_expect(eq(int, mpy_prelude_sig_decode(buf, n, &pos, &got), MPY_OK));
            cr_expect(memcmp(&got, &sig, sizeof sig) == 0, "round trip %zu %zu", a, b);
        }
    }
    // Forty continuation bytes are more than any 32-bit field needs.
    uint8_t endless[40];
    memset(endless, 0x80, sizeof endless);
    size_t pos = 0;
    mpy_prelude_sig sig;
    cr_expect(
        eq(int, mpy_prelude_sig_decode(endless, sizeof endless, &pos, &sig), MPY_ERR_OVERFLOW));
    cr_expect(eq(sz, pos, 0));
}

Test(mpy_format, prelude_size_examples_and_round_trips) {
    static const struct {
        const char *hex;
        uint32_t n_info, n_cell;
    } cases[] = {{"06", 3, 0}, {"05", 2, 1}, {"8e 01", 7, 2}, {"08", 4, 0}, {"09", 4, 1}};
    for (size_t i = 0; i < N_OF(cases); i++) {
        uint8_t bytes[8], enc[32];
        size_t n = unhex(cases[i].hex, bytes), pos = 0;
        mpy_prelude_size ps;
        cr_expect(eq(int, mpy_prelude_size_decode(bytes, n, &pos, &ps), MPY_OK));
        cr_expect(eq(u32, ps.n_info, cases[i].n_info), "%s", cases[i].hex);
        cr_expect(eq(u32, ps.n_cell, cases[i].n_cell), "%s", cases[i].hex);
        cr_expect(eq(sz, mpy_prelude_size_encode(cases[i].n_info, cases[i].n_cell, enc), n));
        cr_expect(memcmp(enc, bytes, n) == 0);
    }
    static const uint32_t vals[] = {0, 1, 63, 64, 4095, 4096, 1u << 24, UINT32_MAX};
    for (size_t a = 0; a < N_OF(vals); a++) {
        for (size_t b = 0; b < N_OF(vals); b++) {
            uint8_t enc[40];
            size_t n = mpy_prelude_size_encode(vals[a], vals[b], enc), pos = 0;
            mpy_prelude_size ps;
            cr_assert(n <= 32);
            cr_expect(eq(int, mpy_prelude_size_decode(enc, n, &pos, &ps), MPY_OK));
            cr_expect(eq(u32, ps.n_info, vals[a]));
            cr_expect(eq(u32, ps.n_cell, vals[b]));
        }
    }
    uint8_t endless[40];
    memset(endless, 0x81, sizeof endless);
    size_t pos = 0;
    mpy_prelude_size ps;
    cr_expect(
        eq(int, mpy_prelude_size_decode(endless, sizeof endless, &pos, &ps), MPY_ERR_OVERFLOW));
    cr_expect(eq(int, mpy_prelude_size_decode(endless, 3, &pos, &ps), MPY_ERR_TRUNCATED));
}

Test(mpy_format, line_table_entries) {
    static const struct {
        const char *hex;
        uint32_t bytes, lines;
    } cases[] = {{"23", 3, 1},    {"48", 8, 2},    {"20", 0, 1},        {"40", 0, 2},
                 {"80 09", 0, 9}, {"88 07", 8, 7}, {"ff ff", 15, 2047}, {"1f", 31, 0}};
    for (size_t i = 0; i < N_OF(cases); i++) {
        uint8_t bytes[4], enc[2];
        size_t n = unhex(cases[i].hex, bytes), pos = 0;
        uint32_t b = 0, l = 0;
        cr_expect(eq(int, mpy_line_entry_decode(bytes, n, &pos, &b, &l), MPY_OK));
        cr_expect(eq(u32, b, cases[i].bytes), "%s", cases[i].hex);
        cr_expect(eq(u32, l, cases[i].lines), "%s", cases[i].hex);
        cr_expect(eq(sz, pos, n));
        cr_expect(eq(sz, mpy_line_entry_encode(b, l, enc), n), "%s: encoded length", cases[i].hex);
        cr_expect(memcmp(enc, bytes, n) == 0, "%s: encoding", cases[i].hex);
    }
    uint8_t cut = 0x80;
    size_t pos = 0;
    uint32_t b, l;
    uint8_t enc[2];
    cr_expect(eq(int, mpy_line_entry_decode(&cut, 1, &pos, &b, &l), MPY_ERR_TRUNCATED));
    cr_expect(eq(sz, mpy_line_entry_encode(32, 0, enc), 0));
    cr_expect(eq(sz, mpy_line_entry_encode(16, 4, enc), 0));
    cr_expect(eq(sz, mpy_line_entry_encode(0, 2048, enc), 0));
}

Test(mpy_format, static_qstrs_match_the_spec) {
    cr_assert(eq(sz, N_OF(spec_qstrs), (size_t)MPY_STATIC_QSTR_COUNT));
    for (size_t i = 0; i < N_OF(spec_qstrs); i++) {
        const struct spec_qstr *q = &spec_qstrs[i];
        const char *ours = mpy_static_qstr_str[q->index];
        size_t len = strlen(q->str);
        cr_expect(eq(str, (char *)ours, (char *)q->str), "static qstr %d", q->index);
        cr_expect(eq(u32, mpy_qstr_hash((const uint8_t *)ours, len, 1), q->hash8), "%d: hash8",
                  q->index);
        cr_expect(eq(u32, mpy_qstr_hash((const uint8_t *)ours, len, 2), q->hash16), "%d: hash16",
                  q->index);
        cr_expect(eq(u32, mpy_static_qstr_find(q->str, len), (unsigned)q->index), "%d: find",
                  q->index);
        uint8_t ref[MPY_VUINT_MAX_LEN];
        size_t n = mpy_vuint_encode((uint32_t)q->index << 1 | 1, ref);
        cr_expect(eq(sz, n, (size_t)q->ref_len), "%d: reference length", q->index);
        cr_expect(memcmp(ref, q->ref, n) == 0, "%d: reference bytes", q->index);
    }
    cr_expect(eq(int, MPY_QSTR__lt_module_gt_, 7));
    cr_expect(eq(int, MPY_QSTR_print, 123));
    cr_expect(eq(int, mpy_static_qstr_find("<lambda>", 8), 0));
    cr_expect(eq(int, mpy_static_qstr_find("prin", 4), 0));
    cr_expect(eq(int, mpy_static_qstr_find("printx", 6), 0));
    cr_expect(eq(u32, mpy_qstr_hash((const uint8_t *)"", 0, 0), 5381));
}

Test(mpy_format, architectures_and_feature_bytes) {
    for (size_t i = 0; i < N_OF(spec_archs); i++) {
        const mpy_arch_info_t *a = &mpy_arch_info[spec_archs[i].number];
        cr_expect(a->march != NULL && strcmp(a->march, spec_archs[i].name) == 0, "arch %d",
                  spec_archs[i].number);
    }
    cr_expect(eq(sz, N_OF(spec_archs), (size_t)MPY_ARCH_COUNT));
    cr_expect(mpy_arch_info[14].march == NULL && mpy_arch_info[15].march == NULL);
    // mpy-format.md 3.1
    cr_expect(eq(u8, mpy_feature_byte(MPY_ARCH_X64, false), 0x0b));
    cr_expect(eq(u8, mpy_feature_byte(MPY_ARCH_ARMV7M, false), 0x17));
    cr_expect(eq(u8, mpy_feature_byte(MPY_ARCH_ARMV6M, false), 0x13));
    cr_expect(eq(u8, mpy_feature_byte(MPY_ARCH_XTENSAWIN, false), 0x2b));
    cr_expect(eq(u8, mpy_feature_byte(MPY_ARCH_RV32IMC, false), 0x2f));
    cr_expect(eq(u8, mpy_feature_byte(MPY_ARCH_RV32IMC, true), 0x6f));
}
