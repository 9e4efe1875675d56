// runtime/float_fmt against stock MicroPython's own output for the same inputs
// (tests/golden/float, made by gen_golden.sh): repr, str.format specs, the '%' operator,
// string padding, float() and complex().
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "float_test.h"

TestSuite(float_golden);

enum { MAX_COLS = 128 };

Test(float_golden, repr_and_str_match_stock) {
    golden_file g;
    golden_load(&g, "repr.txt");
    size_t n_bad = 0, n_cases = 0;
    for (size_t i = 0; i < g.n_lines; i++) {
        char *f[2];
        cr_assert(golden_fields(g.lines[i], f, 2) == 2, "repr.txt line %zu", i + 1);
        char buf[RT_FLOAT_FMT_BUF_LEN];
        size_t n = rt_float_repr(buf, bits_to_double(parse_hex64(f[0])));
        if (strcmp(buf, f[1]) != 0 || n != strlen(f[1])) {
            report_mismatch(&n_bad, "repr", f[0], f[1], buf);
        }
        n_cases++;
    }
    golden_free(&g);
    cr_expect(n_cases > 10000, "only %zu cases", n_cases);
    cr_expect(n_bad == 0, "%zu of %zu repr cases differ", n_bad, n_cases);
}

// '{:spec}'.format(x) as stock's str.format does it with rt_fmt_spec_parse and
// rt_float_print_spec; errors as "ValueError: <text>".
static void format_spec(text_buf *t, const char *spec, double x) {
    rt_fmt_sink_t out = text_sink(t);
    if (spec[0] == '\0' || strcmp(spec, "r") == 0) {
        char buf[RT_FLOAT_FMT_BUF_LEN];
        text_write(t, buf, rt_float_repr(buf, x)); // "{:}" is "{}", which is str()
        return;
    }
    rt_fmt_spec_t sp;
    rt_fmt_err_t err = rt_fmt_spec_parse(spec, strlen(spec), &sp);
    if (err == RT_FMT_OK) {
        err = rt_float_print_spec(&out, x, &sp);
    }
    if (err != RT_FMT_OK) {
        char msg[200];
        snprintf(msg, sizeof msg, "ValueError: ");
        size_t n = strlen(msg);
        snprintf(msg + n, sizeof msg - n, rt_fmt_err_text(err), sp.type, "float");
        cr_expect(t->len == 0, "output written before an error");
        text_write(t, msg, strlen(msg));
    }
}

Test(float_golden, format_specs_match_stock) {
    golden_file g;
    golden_load(&g, "spec.txt");
    char *specs[MAX_COLS];
    size_t n_specs = golden_fields(g.lines[0], specs, MAX_COLS);
    cr_assert(n_specs > 40 && strcmp(specs[0], "#") == 0);
    size_t n_bad = 0, n_cases = 0;
    static text_buf t;
    for (size_t i = 1; i < g.n_lines; i++) {
        char *f[MAX_COLS];
        cr_assert(golden_fields(g.lines[i], f, MAX_COLS) == n_specs, "spec.txt line %zu", i + 1);
        double x = bits_to_double(parse_hex64(f[0]));
        for (size_t k = 1; k < n_specs; k++) {
            format_spec(&t, specs[k], x);
            if (strcmp(t.buf, f[k]) != 0) {
                char what[64];
                snprintf(what, sizeof what, "'{:%s}'", specs[k]);
                report_mismatch(&n_bad, what, f[0], f[k], t.buf);
            }
            n_cases++;
        }
    }
    golden_free(&g);
    cr_expect(n_cases > 30000, "only %zu cases", n_cases);
    cr_expect(n_bad == 0, "%zu of %zu format-spec cases differ", n_bad, n_cases);
}

// fmt % x as stock's '%' operator does it for a float argument ('*' takes 7), through
// rt_float_print and, for %r and %s, rt_fmt_pad.
static void percent_format(text_buf *t, const char *fmt, double x) {
    rt_fmt_sink_t out = text_sink(t);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            text_write(t, p, 1);
            continue;
        }
        p++;
        unsigned flags = 0;
        char fill = ' ';
        for (;; p++) {
            if (*p == '-') {
                flags |= RT_FMT_LEFT;
            } else if (*p == '+') {
                flags |= RT_FMT_PLUS;
            } else if (*p == ' ') {
                flags |= RT_FMT_SPACE;
            } else if (*p == '#') {
                flags |= RT_FMT_ALT;
            } else if (*p == '0') {
                flags |= RT_FMT_SIGN_AWARE;
                fill = '0';
            } else {
                break;
            }
        }
        int width = 0, prec = -1;
        if (*p == '*') {
            width = 7;
            p++;
        } else {
            while (*p >= '0' && *p <= '9') {
                width = width * 10 + (*p++ - '0');
            }
        }
        if (*p == '.') {
            p++;
            prec = 0;
            if (*p == '*') {
                prec = 7;
                p++;
            } else {
                while (*p >= '0' && *p <= '9') {
                    prec = prec * 10 + (*p++ - '0');
                }
            }
        }
        if (*p == 'r' || *p == 's') {
            char buf[RT_FLOAT_FMT_BUF_LEN];
            size_t n = rt_float_repr(buf, x);
            if (prec >= 0 && n > (size_t)prec) {
                n = (size_t)prec;
            }
            rt_fmt_pad(&out, buf, n, flags, ' ', width);
        } else {
            rt_float_print(&out, x, *p, flags, fill, width, prec);
        }
    }
}

Test(float_golden, percent_operator_matches_stock) {
    golden_file g;
    golden_load(&g, "percent.txt");
    char *specs[MAX_COLS];
    size_t n_specs = golden_fields(g.lines[0], specs, MAX_COLS);
    cr_assert(n_specs > 20 && strcmp(specs[0], "#") == 0);
    size_t n_bad = 0, n_cases = 0;
    static text_buf t;
    for (size_t i = 1; i < g.n_lines; i++) {
        char *f[MAX_COLS];
        cr_assert(golden_fields(g.lines[i], f, MAX_COLS) == n_specs, "percent.txt line %zu", i + 1);
        double x = bits_to_double(parse_hex64(f[0]));
        for (size_t k = 1; k < n_specs; k++) {
            percent_format(&t, specs[k], x);
            if (strcmp(t.buf, f[k]) != 0) {
                report_mismatch(&n_bad, specs[k], f[0], f[k], t.buf);
            }
            n_cases++;
        }
    }
    golden_free(&g);
    cr_expect(n_cases > 8000, "only %zu cases", n_cases);
    cr_expect(n_bad == 0, "%zu of %zu %%-format cases differ", n_bad, n_cases);
}

// '{:spec}'.format(s) for a string s: the spec's resolution as a non-number, precision cutting,
// then rt_fmt_pad.
static void format_str(text_buf *t, const char *spec, const char *s, size_t len) {
    rt_fmt_sink_t out = text_sink(t);
    rt_fmt_spec_t sp;
    unsigned flags = 0;
    char fill = 0;
    rt_fmt_err_t err = rt_fmt_spec_parse(spec, strlen(spec), &sp);
    if (err == RT_FMT_OK) {
        err = rt_fmt_spec_resolve(&sp, false, &flags, &fill);
    }
    if (err == RT_FMT_OK && sp.type != 0 && sp.type != 's') {
        err = RT_FMT_ERR_UNKNOWN_CODE;
    }
    if (err != RT_FMT_OK) {
        char msg[200];
        snprintf(msg, sizeof msg, "ValueError: ");
        size_t n = strlen(msg);
        snprintf(msg + n, sizeof msg - n, rt_fmt_err_text(err), sp.type, "str");
        text_write(t, msg, strlen(msg));
        return;
    }
    if (sp.prec >= 0 && len > (size_t)sp.prec) {
        len = (size_t)sp.prec;
    }
    rt_fmt_pad(&out, s, len, flags, fill, sp.width);
}

Test(float_golden, string_padding_matches_stock) {
    golden_file g;
    golden_load(&g, "str.txt");
    char *specs[MAX_COLS];
    size_t n_specs = golden_fields(g.lines[0], specs, MAX_COLS);
    cr_assert(n_specs > 20 && strcmp(specs[0], "#") == 0);
    size_t n_bad = 0, n_cases = 0;
    static text_buf t;
    for (size_t i = 1; i < g.n_lines; i++) {
        char *f[MAX_COLS];
        cr_assert(golden_fields(g.lines[i], f, MAX_COLS) == n_specs, "str.txt line %zu", i + 1);
        char arg[256];
        size_t len = unescape(f[0], arg);
        for (size_t k = 1; k < n_specs; k++) {
            format_str(&t, specs[k], arg, len);
            if (strcmp(t.buf, f[k]) != 0) {
                report_mismatch(&n_bad, specs[k], f[0], f[k], t.buf);
            }
            n_cases++;
        }
    }
    golden_free(&g);
    cr_expect(n_cases > 100, "only %zu cases", n_cases);
    cr_expect(n_bad == 0, "%zu of %zu string cases differ", n_bad, n_cases);
}

Test(float_golden, float_parsing_matches_stock) {
    golden_file g;
    golden_load(&g, "parse.txt");
    size_t n_bad = 0, n_cases = 0, n_errors = 0;
    for (size_t i = 0; i < g.n_lines; i++) {
        char *f[2];
        cr_assert(golden_fields(g.lines[i], f, 2) == 2, "parse.txt line %zu", i + 1);
        char text[4096];
        cr_assert(strlen(f[0]) < sizeof text);
        size_t len = unescape(f[0], text);
        double x;
        char got[64];
        if (rt_float_parse_str(text, len, &x)) {
            snprintf(got, sizeof got, "%016llx", (unsigned long long)double_to_bits(x));
        } else {
            snprintf(got, sizeof got, "ValueError: %s", RT_FLOAT_PARSE_ERR_TEXT);
            n_errors++;
        }
        if (strcmp(got, f[1]) != 0) {
            report_mismatch(&n_bad, "float()", f[0], f[1], got);
        }
        n_cases++;
    }
    golden_free(&g);
    cr_expect(n_cases > 5000 && n_errors > 10, "only %zu cases, %zu errors", n_cases, n_errors);
    cr_expect(n_bad == 0, "%zu of %zu parse cases differ", n_bad, n_cases);
}

Test(float_golden, complex_parsing_matches_stock) {
    golden_file g;
    golden_load(&g, "complex.txt");
    size_t n_bad = 0, n_cases = 0, n_literals = 0;
    for (size_t i = 0; i < g.n_lines; i++) {
        char *f[2];
        cr_assert(golden_fields(g.lines[i], f, 2) == 2, "complex.txt line %zu", i + 1);
        char text[256];
        size_t len = unescape(f[0], text);
        double re, im;
        char got[64];
        if (rt_complex_parse_str(text, len, &re, &im)) {
            snprintf(got, sizeof got, "%016llx %016llx", (unsigned long long)double_to_bits(re),
                     (unsigned long long)double_to_bits(im));
            // a literal (one term, maybe imaginary) reads as the same number
            double lit;
            bool is_imag;
            if (rt_float_parse_literal(text, len, &lit, &is_imag)) {
                n_literals++;
                cr_expect(double_to_bits(is_imag ? im : re) == double_to_bits(lit) &&
                              (is_imag ? re == 0 : im == 0),
                          "literal %s", f[0]);
            }
        } else {
            snprintf(got, sizeof got, "ValueError: %s", RT_FLOAT_PARSE_ERR_TEXT);
        }
        if (strcmp(got, f[1]) != 0) {
            report_mismatch(&n_bad, "complex()", f[0], f[1], got);
        }
        n_cases++;
    }
    golden_free(&g);
    cr_expect(n_cases > 20 && n_literals > 8, "only %zu cases, %zu literals", n_cases, n_literals);
    cr_expect(n_bad == 0, "%zu of %zu complex cases differ", n_bad, n_cases);
}

Test(float_golden, complex_repr_matches_stock) {
    golden_file g;
    golden_load(&g, "complex_repr.txt");
    size_t n_bad = 0, n_cases = 0;
    for (size_t i = 0; i < g.n_lines; i++) {
        char *f[2];
        cr_assert(golden_fields(g.lines[i], f, 2) == 2, "complex_repr.txt line %zu", i + 1);
        char *space = strchr(f[0], ' ');
        cr_assert(space != NULL);
        char buf[RT_COMPLEX_FMT_BUF_LEN];
        size_t n = rt_complex_repr(buf, bits_to_double(parse_hex64(f[0])),
                                   bits_to_double(parse_hex64(space + 1)));
        if (strcmp(buf, f[1]) != 0 || n != strlen(buf)) {
            report_mismatch(&n_bad, "complex repr", f[0], f[1], buf);
        }
        n_cases++;
    }
    golden_free(&g);
    cr_expect(n_cases > 400, "only %zu cases", n_cases);
    cr_expect(n_bad == 0, "%zu of %zu complex reprs differ", n_bad, n_cases);
}
