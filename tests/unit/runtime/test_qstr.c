// Interned strings: the .mpy static qstrs keep their numbers and stock's hashes; interning is
// idempotent; new strings get new numbers and survive collections.
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "format/mpy_format.h"
#include "qstr.h"
#include "rt_test.h"

static void setup(void) {
    rt_test_init(256 * 1024);
}

static void teardown(void) {
    rt_test_fini();
}

TestSuite(qstr, .init = setup, .fini = teardown);

Test(qstr, static_qstrs_keep_their_numbers_and_hashes) {
    for (unsigned i = 1; i <= MPY_STATIC_QSTR_COUNT; i++) {
        const char *s = mpy_static_qstr_str[i];
        size_t len = strlen(s);
        cr_expect(rt_qstr_find_strn(s, len) == i, "static qstr %u '%s'", i, s);
        cr_expect(rt_qstr_len(i) == len);
        cr_expect(memcmp(rt_qstr_str(i), s, len) == 0);
        cr_expect(rt_qstr_hash(i) == mpy_qstr_hash((const uint8_t *)s, len, 2));
    }
}

Test(qstr, builtin_names_are_interned) {
    cr_expect(rt_qstr_find_strn("splitlines", 10) == RT_QSTR_splitlines);
    cr_expect((unsigned)RT_QSTR_splitlines > MPY_STATIC_QSTR_COUNT);
    cr_expect((unsigned)RT_QSTR_append == (unsigned)MPY_QSTR_append,
              "static names keep their number");
    cr_expect_str_eq(rt_qstr_str(RT_QSTR__lt_lambda_gt_), "<lambda>");
}

Test(qstr, interning_is_idempotent_and_survives_collections) {
    cr_expect(rt_qstr_find_strn("no such name yet", 16) == RT_QSTR_NULL);
    char name[32];
    rt_qstr_t first = 0;
    for (int i = 0; i < 3000; i++) { // grows the entry array and the hash index
        int n = snprintf(name, sizeof name, "name_%d", i);
        rt_qstr_t q = rt_qstr_from_strn(name, (size_t)n);
        if (i == 0) {
            first = q;
        }
        cr_assert(q >= RT_QSTR_NUM_BUILTIN);
    }
    rt_gc_collect();
    for (int i = 0; i < 3000; i += 7) {
        int n = snprintf(name, sizeof name, "name_%d", i);
        rt_qstr_t q = rt_qstr_find_strn(name, (size_t)n);
        cr_assert(q != RT_QSTR_NULL);
        cr_assert_str_eq(rt_qstr_str(q), name);
        cr_assert(rt_qstr_from_strn(name, (size_t)n) == q);
        cr_assert(rt_qstr_hash(q) == mpy_qstr_hash((const uint8_t *)name, (size_t)n, 2));
    }
    cr_expect(rt_qstr_find_strn("name_0", 6) == first);
}

Test(qstr, strings_with_nul_and_empty) {
    rt_qstr_t q = rt_qstr_from_strn("a\0b", 3);
    cr_expect(rt_qstr_len(q) == 3);
    cr_expect(rt_qstr_find_strn("a", 1) != q);
    cr_expect(rt_qstr_from_strn("", 0) == MPY_QSTR_empty);
}
