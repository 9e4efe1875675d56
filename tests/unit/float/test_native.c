// runtime/float_fmt against references computed at test time: native long double arithmetic on
// hosts whose long double is the x87 80-bit format (the arithmetic stock's unix port scales
// with), or __float128 for the quad variant; and the compiler's float reader and repr
// (compiler/emit/const.c), which must give the same bits and text so that constants folded or
// stored by mpyc match those the runtime makes.
#include <criterion/criterion.h>
#include <float.h>
#include <stdio.h>
#include <string.h>

#include "compiler/emit/const.h"
#include "float_test.h"

TestSuite(float_native);

// A small deterministic generator (xorshift64*).
static uint64_t next_random(uint64_t *state) {
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

// num * 10^n by square-and-multiply in the library variant's extended type, as stock's parser
// scales: long double (x87) or __float128 (quad).
#if FLOAT_LIB_QUAD
#if defined(__SIZEOF_FLOAT128__)
typedef __float128 ext_t;
#define HAVE_EXT 1
#else
typedef long double ext_t;
#define HAVE_EXT 0
#endif
#else
typedef long double ext_t;
#define HAVE_EXT (LDBL_MANT_DIG == 64)
#endif

static ext_t native_decimal_exp(ext_t num, int n) {
    if (n == 0 || num == 0) {
        return num;
    }
    bool neg = n < 0;
    unsigned k = neg ? 0u - (unsigned)n : (unsigned)n;
    ext_t p = 10;
    for (;;) {
        if (k & 1) {
            num = neg ? num / p : num * p;
        }
        k >>= 1;
        if (!k) {
            return num;
        }
        p *= p;
    }
}

Test(float_native, parsing_scales_as_the_extended_type) {
    if (!HAVE_EXT) {
        cr_skip_test("no native type of the variant's precision here");
    }
    uint64_t state = 0x9E3779B97F4A7C15ULL;
    size_t n_bad = 0;
    for (int i = 0; i < 200000; i++) {
        // a mantissa below the reader's limit (so every digit counts) without trailing zeros
        // (the reader moves those into the exponent)
        uint64_t m = next_random(&state) % 0x1999999999999998ULL;
        int digits = (int)(next_random(&state) % 20);
        for (int d = 19; d > digits && m >= 10; d--) {
            m /= 10;
        }
        while (m != 0 && m % 10 == 0) {
            m /= 10;
        }
        int range = i % 3 == 0 ? 6000 : 400;
        int e = (int)(next_random(&state) % (uint64_t)(2 * range + 1)) - range;
        char text[64];
        snprintf(text, sizeof text, "%llue%d", (unsigned long long)m, e);
        double want = (double)native_decimal_exp((ext_t)m, e);
        double got;
        cr_assert(rt_float_parse_str(text, strlen(text), &got));
        if (double_to_bits(got) != double_to_bits(want)) {
            char w[32], g[32];
            snprintf(w, sizeof w, "%a", want);
            snprintf(g, sizeof g, "%a", got);
            report_mismatch(&n_bad, "scaling", text, w, g);
        }
    }
    cr_expect(n_bad == 0, "%zu scalings differ from the extended type", n_bad);
}

// Random doubles of every kind: any bit pattern, and values with few significant digits.
static double random_double(uint64_t *state, int i) {
    uint64_t b = next_random(state);
    if (i % 2) {
        return bits_to_double(b & ~(0x7ffULL << 52) ? b : b ^ 1);
    }
    char text[64];
    snprintf(text, sizeof text, "%llue%d", (unsigned long long)(b % 100000000u),
             (int)(next_random(state) % 600) - 300);
    double x;
    cr_assert(rt_float_parse_str(text, strlen(text), &x));
    return x;
}

Test(float_native, repr_and_parse_agree_with_the_compiler) {
    if (LDBL_MANT_DIG != 64 || FLOAT_LIB_QUAD) {
        cr_skip_test("the compiler scales in native long double, not this variant's format");
    }
    uint64_t state = 12345;
    size_t n_bad = 0;
    for (int i = 0; i < 100000; i++) {
        double x = random_double(&state, i);
        if (x != x || x - x != 0) {
            continue;
        }
        char ours[RT_FLOAT_FMT_BUF_LEN], theirs[EMIT_FLOAT_REPR_MAX + 1];
        rt_float_repr(ours, x);
        emit_const_float_repr(x, true, theirs);
        if (strcmp(ours, theirs) != 0) {
            report_mismatch(&n_bad, "repr", ours, theirs, ours);
        }
        // the unsigned text back through both readers, and a cut-down version of it
        const char *text = ours[0] == '-' ? ours + 1 : ours;
        size_t len = strlen(text);
        for (int pass = 0; pass < 2; pass++) {
            double a, b = emit_const_parse_float(text, len);
            cr_assert(rt_float_parse_str(text, len, &a));
            if (double_to_bits(a) != double_to_bits(b)) {
                report_mismatch(&n_bad, "parse", text, "compiler's", "ours");
            }
            len = len > 6 && !strchr(text, 'e') ? len - 3 : len;
        }
    }
    cr_expect(n_bad == 0, "%zu differences from the compiler", n_bad);
}
