// rt_fmt_spec_parse's fields and rt_fmt_spec_resolve's defaults; what they print is checked
// against stock in test_golden.c.
#include <criterion/criterion.h>
#include <string.h>

#include "float_test.h"

TestSuite(float_spec);

typedef struct {
    const char *text;
    size_t len; // 0: strlen(text)
    rt_fmt_err_t err;
    rt_fmt_spec_t want;
} spec_case;

static const spec_case spec_cases[] = {
    {.text = "", .want = {.width = -1, .prec = -1}},
    {.text = "*^+#012,.3f",
     .want = {.fill = '*',
              .align = '^',
              .sign = '+',
              .alt = true,
              .zero = true,
              .group = ',',
              .width = 12,
              .prec = 3,
              .type = 'f'}},
    {.text = "<", .want = {.align = '<', .width = -1, .prec = -1}},
    {.text = "<<", .err = RT_FMT_ERR_INVALID}, // an alignment first is never a fill
    {.text = "0=10", .want = {.fill = '0', .align = '=', .width = 10, .prec = -1}},
    {.text = "010", .want = {.zero = true, .width = 10, .prec = -1}},
    {.text = "0", .want = {.zero = true, .width = 0, .prec = -1}},
    {.text = "-_", .want = {.sign = '-', .group = '_', .width = -1, .prec = -1}},
    {.text = ".", .want = {.width = -1, .prec = -1}},
    {.text = ".0%", .want = {.width = -1, .prec = 0, .type = '%'}},
    {.text = "4294967301", .want = {.width = 5, .prec = -1}},
    {.text = "2147483648", .want = {.width = -2147483647 - 1, .prec = -1}},
    {.text = "5\0garbage", .len = 9, .want = {.width = 5, .prec = -1}},
    {.text = "e", .want = {.width = -1, .prec = -1, .type = 'e'}},
    {.text = "5q", .err = RT_FMT_ERR_INVALID},
    {.text = "ff", .err = RT_FMT_ERR_INVALID},
    {.text = ",,", .err = RT_FMT_ERR_INVALID},
    {.text = "+-", .err = RT_FMT_ERR_INVALID},
    {.text = "\xc3\xa9>5", .err = RT_FMT_ERR_INVALID},
};

Test(float_spec, fields_are_read_as_stock_reads_them) {
    for (size_t i = 0; i < sizeof spec_cases / sizeof spec_cases[0]; i++) {
        const spec_case *c = &spec_cases[i];
        size_t len = c->len ? c->len : strlen(c->text);
        rt_fmt_spec_t got;
        rt_fmt_err_t err = rt_fmt_spec_parse(c->text, len, &got);
        cr_expect(err == c->err, "'%s': error %d, want %d", c->text, err, c->err);
        if (err != RT_FMT_OK || c->err != RT_FMT_OK) {
            continue;
        }
        const rt_fmt_spec_t *w = &c->want;
        cr_expect(got.fill == w->fill && got.align == w->align && got.sign == w->sign &&
                      got.alt == w->alt && got.zero == w->zero && got.group == w->group &&
                      got.width == w->width && got.prec == w->prec && got.type == w->type,
                  "'%s': fill %d align %d sign %d alt %d zero %d group %d width %d prec %d type %d",
                  c->text, got.fill, got.align, got.sign, got.alt, got.zero, got.group, got.width,
                  got.prec, got.type);
    }
}

Test(float_spec, a_leading_zero_means_sign_aware_zero_padding_for_numbers_only) {
    rt_fmt_spec_t spec;
    unsigned flags;
    char fill;
    cr_assert(rt_fmt_spec_parse("08", 2, &spec) == RT_FMT_OK);
    cr_assert(rt_fmt_spec_resolve(&spec, true, &flags, &fill) == RT_FMT_OK);
    cr_expect(flags == RT_FMT_SIGN_AWARE && fill == '0');
    cr_assert(rt_fmt_spec_resolve(&spec, false, &flags, &fill) == RT_FMT_OK);
    cr_expect(flags == RT_FMT_LEFT && fill == '0');
    cr_assert(rt_fmt_spec_parse("x>8", 3, &spec) == RT_FMT_OK);
    cr_assert(rt_fmt_spec_resolve(&spec, true, &flags, &fill) == RT_FMT_OK);
    cr_expect(flags == 0 && fill == 'x');
}

Test(float_spec, unknown_float_types_write_nothing) {
    static const char types[] = "bcdosxX";
    for (const char *t = types; *t; t++) {
        rt_fmt_spec_t spec;
        cr_assert(rt_fmt_spec_parse(t, 1, &spec) == RT_FMT_OK);
        text_buf buf;
        rt_fmt_sink_t out = text_sink(&buf);
        cr_expect(rt_float_print_spec(&out, 1.5, &spec) == RT_FMT_ERR_UNKNOWN_CODE);
        cr_expect(buf.len == 0);
    }
}
