// The single-precision functions against what MicroPython's own tests require of its 32-bit-float
// ports: integers and powers of ten format exactly (expected text from CPython, which those tests
// compare with), and repr reads back exactly for at least 98% of floats not smaller than 1e-29,
// within a relative error of 1.1e-7 otherwise (tests/float/float_format_accuracy.py).
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "float_test.h"

TestSuite(float32);

static float f32_of_bits(uint32_t b) {
    float f;
    memcpy(&f, &b, sizeof f);
    return f;
}

Test(float32, integers_and_powers_of_ten_format_exactly) {
    golden_file g;
    golden_load_plain(&g, "f32_ints.txt");
    size_t n_bad = 0, n_cases = 0;
    for (size_t i = 0; i < g.n_lines; i++) {
        char *f[3];
        cr_assert(golden_fields(g.lines[i], f, 3) == 3, "f32_ints.txt line %zu", i + 1);
        float x;
        cr_assert(rt_float32_parse_str(f[0], strlen(f[0]), &x));
        rt_fmt_spec_t spec;
        cr_assert(rt_fmt_spec_parse(f[1], strlen(f[1]), &spec) == RT_FMT_OK);
        text_buf t;
        rt_fmt_sink_t out = text_sink(&t);
        cr_assert(rt_float32_print_spec(&out, x, &spec) == RT_FMT_OK);
        if (strcmp(t.buf, f[2]) != 0) {
            report_mismatch(&n_bad, f[1], f[0], f[2], t.buf);
        }
        n_cases++;
    }
    golden_free(&g);
    cr_expect(n_cases > 500, "only %zu cases", n_cases);
    cr_expect(n_bad == 0, "%zu of %zu cases differ", n_bad, n_cases);

    // 2147483520 is exact in a float; stock's test takes its shorter spelling as well
    char buf[RT_FLOAT_FMT_BUF_LEN];
    rt_float32_format(buf, 2147483520.0f, 'f', -1, 0);
    cr_expect(strcmp(buf, "2147483520.000000") == 0 || strcmp(buf, "2147483500.000000") == 0,
              "got %s", buf);
}

Test(float32, repr_reads_back_as_stock_requires) {
    uint64_t state = 42;
    size_t n = 0, n_exact = 0;
    double max_err = 0;
    while (n < 50000) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        uint32_t b = (uint32_t)state;
        int exp2 = (int)((b >> 23) & 0xff) - 126; // frexp's exponent
        if (((b >> 23) & 0xff) == 0xff || exp2 <= -96) {
            continue;
        }
        float x = f32_of_bits(b);
        char text[RT_FLOAT_FMT_BUF_LEN];
        size_t len = rt_float32_repr(text, x);
        float y;
        cr_assert(rt_float32_parse_str(text, len, &y), "repr %s does not parse", text);
        n++;
        if (y == x) {
            n_exact++;
        } else {
            double err = fabs(((double)y - x) / x);
            max_err = err > max_err ? err : max_err;
        }
    }
    cr_expect(n_exact >= 0.98 * (double)n, "%zu of %zu exact", n_exact, n);
    cr_expect(max_err <= 1.1e-7, "max relative error %g", max_err);
}

Test(float32, parsing_is_within_two_units_in_the_last_place) {
    uint64_t state = 7;
    for (int i = 0; i < 100000; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        char text[64];
        snprintf(text, sizeof text, "%llue%d", (unsigned long long)(state % 100000000u),
                 (int)((state >> 32) % 70) - 45);
        float got;
        cr_assert(rt_float32_parse_str(text, strlen(text), &got));
        float want = (float)strtod(text, NULL);
        if (want == 0 || isinf(want) || fabsf(want) < 1e-37f) {
            continue;
        }
        uint32_t gb, wb;
        memcpy(&gb, &got, sizeof gb);
        memcpy(&wb, &want, sizeof wb);
        int64_t ulps = (int64_t)gb - (int64_t)wb;
        cr_expect(ulps >= -2 && ulps <= 2, "%s: %a, nearest %a", text, (double)got, (double)want);
    }
}

Test(float32, every_conversion_and_precision_fits_the_buffer) {
    static const int precs[] = {-1, 0, 1, 5, 6, 7, 8, 9, 10, 16, 20, 30, 31, 32, 33, 40, 99, 1000};
    char *buf = malloc(RT_FLOAT_FMT_BUF_LEN);
    cr_assert(buf != NULL);
    uint64_t state = 3;
    for (int v = 0; v < 400; v++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        float x = v < 4 ? (float[]){0.0f, -0.0f, 1.4e-45f, 3.4028235e38f}[v]
                        : f32_of_bits((uint32_t)state);
        for (const char *c = "eEfFgG%r"; *c; c++) {
            for (size_t p = 0; p < sizeof precs / sizeof precs[0]; p++) {
                size_t n = rt_float32_format(buf, x, *c, precs[p], RT_FMT_PLUS);
                cr_assert(n < RT_FLOAT_FMT_BUF_LEN && strlen(buf) == n);
            }
        }
        char cbuf[RT_COMPLEX_FMT_BUF_LEN];
        cr_assert(rt_complex32_repr(cbuf, x, -x) < RT_COMPLEX_FMT_BUF_LEN);
    }
    free(buf);
}
