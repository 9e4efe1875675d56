// runtime/float_fmt on every kind of input: all conversions, precisions and flags stay within
// RT_FLOAT_FMT_BUF_LEN, padding writes what it counts, random bytes never read past their
// length, and repr reads back as the same double.
#include <criterion/criterion.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "float_test.h"

TestSuite(float_robust);

static uint64_t next_random(uint64_t *state) {
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

static const uint64_t edge_bits[] = {
    0x0000000000000000, 0x8000000000000000, 0x0000000000000001, 0x800fffffffffffff,
    0x0010000000000000, 0x7fefffffffffffff, 0xffefffffffffffff, 0x7ff0000000000000,
    0xfff0000000000000, 0x7ff8000000000000, 0xfff8000000000001, 0x3ff0000000000000,
    0x3fb999999999999a, 0x4341c37937e08000, 0x44b52d02c7e14af6, 0xc3e0000000000000,
    0x3e112e0be826d695, 0x40c81cd6e631f8a1, 0xbfefffffffffffff, 0x4415af1d78b58c40,
};

Test(float_robust, every_conversion_precision_and_flag_fits_the_buffer) {
    static const char convs[] = "eEfFgG%rax";
    static const int precs[] = {INT_MIN, -5, -1, 0,  1,   2,    3,       5,           6,      15,
                                16,      17, 18, 19, 20,  29,   30,      31,          32,     33,
                                34,      40, 98, 99, 100, 1000, 1000000, INT_MAX - 1, INT_MAX};
    static const unsigned flag_sets[] = {0, RT_FMT_PLUS, RT_FMT_SPACE,
                                         RT_FMT_PLUS | RT_FMT_DECIMAL | RT_FMT_PERCENT};
    char *buf = malloc(RT_FLOAT_FMT_BUF_LEN); // exact size, so ASan sees any overrun
    cr_assert(buf != NULL);
    uint64_t state = 77;
    size_t n_cases = 0;
    for (size_t v = 0; v < 60; v++) {
        double x = v < sizeof edge_bits / sizeof edge_bits[0]
                       ? bits_to_double(edge_bits[v])
                       : bits_to_double(next_random(&state) & 0xbfffffffffffffff);
        for (const char *c = convs; *c; c++) {
            for (size_t p = 0; p < sizeof precs / sizeof precs[0]; p++) {
                for (size_t f = 0; f < sizeof flag_sets / sizeof flag_sets[0]; f++) {
                    size_t n = rt_float_format(buf, x, *c, precs[p], flag_sets[f]);
                    cr_assert(n < RT_FLOAT_FMT_BUF_LEN && strlen(buf) == n,
                              "'%c' .%d of %a: length %zu", *c, precs[p], x, n);
                    n_cases++;
                }
            }
        }
    }
    free(buf);
    cr_expect(n_cases > 10000);
}

static void count_write(void *ctx, const char *s, size_t n) {
    (void)s;
    *(size_t *)ctx += n;
}

Test(float_robust, padding_writes_what_it_returns) {
    static const int widths[] = {INT_MIN, -100, -1, 0, 1, 3, 4, 5, 8, 9, 10, 17, 100, 1 << 20};
    static const char fills[] = {0, ' ', '0', '*'};
    static const unsigned flag_sets[] = {0,
                                         RT_FMT_LEFT,
                                         RT_FMT_CENTER,
                                         RT_FMT_SIGN_AWARE | RT_FMT_GROUP_COMMA,
                                         RT_FMT_GROUP_UNDERSCORE,
                                         RT_FMT_LEFT | RT_FMT_GROUP_COMMA,
                                         RT_FMT_CENTER | RT_FMT_GROUP_UNDERSCORE | RT_FMT_PLUS};
    for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
        for (size_t fi = 0; fi < sizeof fills; fi++) {
            for (size_t f = 0; f < sizeof flag_sets / sizeof flag_sets[0]; f++) {
                size_t written = 0;
                rt_fmt_sink_t out = {count_write, &written};
                size_t n = rt_fmt_pad(&out, "-12.5", 5, flag_sets[f], fills[fi], widths[w]);
                cr_expect(n == written);
                cr_expect(n >= 5 && n <= 5 + (widths[w] > 5 ? (size_t)widths[w] : 0) + 1);
                written = 0;
                n = rt_float_print(&out, -12.5, 'f', flag_sets[f], fills[fi], widths[w], 2);
                cr_expect(n == written);
            }
        }
    }
}

// s[0..n) copied into a heap block of exactly n bytes.
static char *exact_copy(const char *s, size_t n) {
    char *p = malloc(n ? n : 1);
    cr_assert(p != NULL);
    memcpy(p, s, n);
    return p;
}

Test(float_robust, random_text_stays_within_its_length) {
    static const char alphabet[] = "0123456789.eE+-_ jJinfatyINFATY\t\x00\x0b\xff,<>=^#%x";
    uint64_t state = 4242;
    for (int i = 0; i < 100000; i++) {
        char text[24];
        size_t n = (size_t)(next_random(&state) % sizeof text);
        for (size_t k = 0; k < n; k++) {
            text[k] = alphabet[next_random(&state) % (sizeof alphabet - 1)];
        }
        char *p = exact_copy(text, n);
        double re, im;
        bool is_imag;
        (void)rt_float_parse_str(p, n, &re);
        (void)rt_float_parse_literal(p, n, &re, &is_imag);
        (void)rt_complex_parse_str(p, n, &re, &im);
        rt_fmt_spec_t spec;
        if (rt_fmt_spec_parse(p, n, &spec) == RT_FMT_OK && spec.width < (1 << 16)) {
            size_t written = 0;
            rt_fmt_sink_t out = {count_write, &written};
            (void)rt_float_print_spec(&out, -1.5e300, &spec);
        }
        free(p);
    }
}

Test(float_robust, repr_reads_back_as_the_same_double) {
    uint64_t state = 99;
    size_t n_bad = 0;
    for (int i = 0; i < 200000; i++) {
        uint64_t b = next_random(&state);
        if (((b >> 52) & 0x7ff) == 0x7ff) {
            continue;
        }
        char buf[RT_FLOAT_FMT_BUF_LEN];
        size_t n = rt_float_repr(buf, bits_to_double(b));
        double y;
        cr_assert(rt_float_parse_str(buf, n, &y));
        if (double_to_bits(y) != b) {
            report_mismatch(&n_bad, "repr round trip", buf, "the same bits", "other bits");
        }
    }
    cr_expect(n_bad == 0, "%zu reprs read back differently", n_bad);
}
