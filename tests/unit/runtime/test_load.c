// The .mpy loader: files written by our compiler at test time load and run; every truncation,
// every header variant and single-byte corruptions give ValueError with stock's texts, never a
// crash or an out-of-bounds read (the tests run under ASan+UBSan).
#include <criterion/criterion.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "format/mpy_format.h"
#include "rt_test.h"

static void setup(void) {
    rt_test_init(1024 * 1024);
}

static void teardown(void) {
    rt_test_fini();
}

TestSuite(load, .init = setup, .fini = teardown);

// A program that uses every kind of constant and nested raw codes.
static const char program[] =
    "import sys\n"
    "X = (1, 'two', b'three', 4.5, None, True, ..., 10**30, ('nested', ()))\n"
    "def outer(a, b=2, *args, k=3, **kw):\n"
    "    def inner():\n"
    "        nonlocal a\n"
    "        a += 1\n"
    "        return a\n"
    "    return inner() + b + k + len(args) + len(kw)\n"
    "class C:\n"
    "    def m(self):\n"
    "        try:\n"
    "            return [i * i for i in range(5)]\n"
    "        finally:\n"
    "            pass\n"
    "def gen():\n"
    "    yield from range(3)\n"
    "assert outer(1) == 7\n"
    "assert C().m() == [0, 1, 4, 9, 16]\n"
    "assert list(gen()) == [0, 1, 2]\n"
    "assert X[7] == 1000000000000000000000000000000\n"
    "long_string = 'a string constant longer than ten bytes'\n";

static uint8_t *compile_program(size_t *len) {
    uint8_t *mpy = rt_test_compile(program, len);
    cr_assert(mpy != NULL, "the test program compiles");
    return mpy;
}

static void expect_value_error(rt_obj_t exc, const char *text, const char *what) {
    cr_expect(exc != RT_OBJ_NULL, "%s: no exception", what);
    if (exc != RT_OBJ_NULL) {
        cr_expect(rt_exception_match(exc, &rt_type_ValueError), "%s: %s", what,
                  rt_qstr_str(rt_obj_get_type(exc)->name));
        cr_expect_str_eq(rt_test_exc_text(exc), text, "%s", what);
    }
}

Test(load, compiled_program_loads_and_runs) {
    size_t len;
    uint8_t *mpy = compile_program(&len);
    rt_obj_t exc = rt_test_run_mpy(mpy, len);
    cr_expect(exc == RT_OBJ_NULL, "%s", exc ? rt_test_exc_text(exc) : "");
    free(mpy);
}

Test(load, every_truncation_is_incompatible) {
    size_t len;
    uint8_t *mpy = compile_program(&len);
    for (size_t n = 0; n < len; n++) {
        uint8_t *copy = malloc(n + 1); // exact size: ASan sees any read past n
        memcpy(copy, mpy, n);
        char what[48];
        snprintf(what, sizeof what, "truncated to %zu", n);
        expect_value_error(rt_test_load_mpy(copy, n), "incompatible .mpy file", what);
        free(copy);
    }
    free(mpy);
}

Test(load, header_checks_use_stock_texts) {
    size_t len;
    uint8_t *mpy = compile_program(&len);
    static const struct {
        int offset;
        uint8_t value;
        const char *text;
    } cases[] = {
        {0, 'C', "incompatible .mpy file"}, // magic
        {1, 5, "incompatible .mpy file"},   // version 5
        {1, 7, "incompatible .mpy file"},   // version 7
        {2, (MPY_ARCH_X64 << 2) | 3, "native code in .mpy unsupported"},
        {2, (MPY_ARCH_ARMV7M << 2) | 3, "native code in .mpy unsupported"},
        {2, (MPY_ARCH_X64 << 2) | 2, "incompatible .mpy file"}, // native, sub-version 2
        {2, 0x40, "incompatible .mpy file"},                    // arch flags, not rv32
        {3, 64, "incompatible .mpy file"},                      // small ints too wide
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint8_t *copy = malloc(len);
        memcpy(copy, mpy, len);
        copy[cases[i].offset] = cases[i].value;
        char what[48];
        snprintf(what, sizeof what, "byte %d = 0x%02x", cases[i].offset, cases[i].value);
        expect_value_error(rt_test_load_mpy(copy, len), cases[i].text, what);
        free(copy);
    }
    // Any bytecode sub-version loads, as in stock.
    for (uint8_t sub = 0; sub < 4; sub++) {
        uint8_t *copy = malloc(len);
        memcpy(copy, mpy, len);
        copy[2] = sub;
        cr_expect(rt_test_load_mpy(copy, len) == RT_OBJ_NULL, "feature byte %u", sub);
        free(copy);
    }
    free(mpy);
}

Test(load, corrupted_bytes_load_or_raise_value_error) {
    size_t len;
    uint8_t *mpy = compile_program(&len);
    static const uint8_t patterns[] = {0x01, 0x80, 0xff, 0x7f, 0x40};
    size_t loaded = 0, rejected = 0;
    for (size_t pos = 4; pos < len; pos++) {
        for (size_t k = 0; k < sizeof patterns; k++) {
            uint8_t *copy = malloc(len);
            memcpy(copy, mpy, len);
            copy[pos] ^= patterns[k];
            rt_obj_t exc = rt_test_load_mpy(copy, len);
            if (exc == RT_OBJ_NULL) {
                loaded++;
            } else {
                rejected++;
                cr_expect(rt_exception_match(exc, &rt_type_ValueError) ||
                              rt_exception_match(exc, &rt_type_RuntimeError),
                          "byte %zu ^ 0x%02x: %s", pos, patterns[k],
                          rt_qstr_str(rt_obj_get_type(exc)->name));
            }
            free(copy);
        }
    }
    cr_expect(rejected > 0 && loaded + rejected == (len - 4) * sizeof patterns);
    free(mpy);
}

Test(load, trailing_bytes_are_ignored) {
    size_t len;
    uint8_t *mpy = compile_program(&len);
    uint8_t *copy = malloc(len + 3);
    memcpy(copy, mpy, len);
    memset(copy + len, 0xee, 3);
    cr_expect(rt_test_load_mpy(copy, len + 3) == RT_OBJ_NULL);
    free(copy);
    free(mpy);
}
