// Constants: MicroPython's float reading and repr() checked against every float in a stock
// mpy-cross file, big-integer normalisation, strict equality and truth values.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "hand.h"

TestSuite(const);

// The literals of floats.py: one per line between "x = (" and ")", each followed by ','.
// Returns how many were stored in lits (pointers into src).
static size_t float_literals(char *src, char **lits, size_t max) {
    size_t n = 0;
    char *p = strstr(src, "x = (\n");
    cr_assert(p != NULL);
    p = strchr(p, '\n') + 1;
    while (*p && *p != ')' && n < max) {
        char *end = strchr(p, '\n');
        cr_assert(end != NULL);
        *end = '\0';
        while (*p == ' ') {
            p++;
        }
        char *comma = strrchr(p, ',');
        cr_assert(comma != NULL);
        *comma = '\0';
        lits[n++] = p;
        p = end + 1;
    }
    return n;
}

static void floats_module(hand *h) {
    size_t len;
    char *src = (char *)hand_read_golden("floats.py", &len);
    cr_assert(src != NULL);
    char *text = realloc(src, len + 1);
    cr_assert(text != NULL);
    text[len] = '\0';
    char *lits[1024];
    size_t n = float_literals(text, lits, 1024);
    cr_assert(n > 500);
    const emit_const **items = malloc(n * sizeof *items);
    cr_assert(items != NULL);
    for (size_t i = 0; i < n; i++) {
        items[i] =
            emit_const_new_float(&h->arena, emit_const_parse_float(lits[i], strlen(lits[i])));
    }
    hand_line(h, 2);
    hand_line(h, 4); // a parser-built "(a, b, ...)" constant has the line of its second item
    EM(h, load_const_obj, emit_const_new_tuple(&h->arena, items, n));
    hand_store(h, "x");
    // y = (1j, 2.5j, 1e-05j, 1e300j, 0.1j, 1e16j, 123.456j): the parse stops at the 'j'.
    static const char *const imag[] = {"1j",   "2.5j",  "1e-05j",  "1e300j",
                                       "0.1j", "1e16j", "123.456j"};
    const emit_const *y[7];
    for (size_t i = 0; i < 7; i++) {
        y[i] = emit_const_new_complex(&h->arena, emit_const_parse_float(imag[i], strlen(imag[i])));
    }
    hand_line(h, (uint32_t)n + 4);
    EM(h, load_const_obj, emit_const_new_tuple(&h->arena, y, 7));
    hand_store(h, "y");
    EM(h, load_const_tok, EMIT_TOK_NONE);
    EM0(h, return_value);
    free(items);
    free(text);
}

Test(const, floats_match_mpy_cross) {
    hand h;
    hand_init(&h, "floats.py");
    scope *mod = hand_scope(&h, SCOPE_MODULE, "<module>", NULL, floats_module);
    hand_id(&h, mod, "x", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    hand_id(&h, mod, "y", SCOPE_ID_GLOBAL_IMPLICIT_ASSIGNED, 0, 0);
    const uint8_t *got;
    size_t got_len;
    mpyw_status st;
    cr_assert(hand_compile(&h, &got, &got_len, &st));
    size_t want_len;
    uint8_t *want = hand_read_golden("floats.mpy", &want_len);
    cr_assert(want != NULL);
    char *diff = hand_diff(got, got_len, want, want_len);
    cr_expect(diff[0] == '\0', "%s", diff);
    free(diff);
    free(want);
    hand_fini(&h);
}

Test(const, float_repr_special_values) {
    char buf[EMIT_FLOAT_REPR_MAX + 1];
    // Each value and the text MicroPython's own float() would give back the same value for.
    const double vals[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, 1e16, 1e-5, 123.0};
    for (size_t i = 0; i < sizeof vals / sizeof *vals; i++) {
        size_t n = emit_const_float_repr(vals[i], true, buf);
        cr_expect(n == strlen(buf));
        if (isnan(vals[i])) {
            cr_expect(strcmp(buf, "nan") == 0, "got %s", buf);
        } else if (isinf(vals[i])) {
            cr_expect(strcmp(buf, vals[i] > 0 ? "inf" : "-inf") == 0, "got %s", buf);
        } else {
            const char *digits = buf + (buf[0] == '-');
            double back = emit_const_parse_float(digits, strlen(digits));
            cr_expect(back == fabs(vals[i]) && (buf[0] == '-') == (signbit(vals[i]) != 0),
                      "%s does not read back as %g", buf, vals[i]);
        }
        // Always decimal: some '.', 'e' or letter.
        cr_expect(strpbrk(buf, ".ein") != NULL, "%s", buf);
    }
}

Test(const, int_digits_normalise_to_int64_when_they_fit) {
    arena a;
    arena_init(&a);
    emit_const *max = emit_const_new_int_digits(&a, "0009223372036854775807", 22, 10, false);
    cr_assert(max && !max->is_big && max->u.ival == INT64_MAX);
    emit_const *min = emit_const_new_int_digits(&a, "9223372036854775808", 19, 10, true);
    cr_assert(min && !min->is_big && min->u.ival == INT64_MIN);
    emit_const *big = emit_const_new_int_digits(&a, "9223372036854775808", 19, 10, false);
    cr_assert(big && big->is_big);
    emit_const *zero = emit_const_new_int_digits(&a, "0", 1, 10, true);
    cr_assert(zero && !zero->is_big && zero->u.ival == 0);
    // The same value written in bases 2, 8, 10 and 16 is one constant.
    emit_const *hex = emit_const_new_int_digits(&a, "fFfFfFfFfFfFfFfFfFfF", 20, 16, true);
    emit_const *oct = emit_const_new_int_digits(&a, "377777777777777777777777777", 27, 8, true);
    char bin[81];
    memset(bin, '1', 80);
    bin[80] = '\0';
    emit_const *two = emit_const_new_int_digits(&a, bin, 80, 2, true);
    cr_assert(hex && oct && two && hex->is_big);
    cr_expect(emit_const_equal(hex, oct) && emit_const_equal(hex, two));
    cr_expect(hex->u.text[0] == '-');
    cr_expect(emit_const_new_int_digits(&a, "12a", 3, 10, false) == NULL);
    arena_fini(&a);
}

Test(const, strict_equality) {
    arena a;
    arena_init(&a);
    emit_const *i1 = emit_const_new_int(&a, 1), *f1 = emit_const_new_float(&a, 1.0);
    cr_expect(!emit_const_equal(i1, f1));
    cr_expect(!emit_const_equal(i1, &emit_const_true));
    cr_expect(!emit_const_equal(emit_const_new_float(&a, 0.0), emit_const_new_float(&a, -0.0)));
    cr_expect(emit_const_equal(emit_const_new_float(&a, 2.5), emit_const_new_float(&a, 2.5)));
    emit_const *nan = emit_const_new_float(&a, NAN);
    cr_expect(emit_const_equal(nan, nan));
    cr_expect(!emit_const_equal(nan, emit_const_new_float(&a, NAN)));
    cr_expect(
        !emit_const_equal(emit_const_new_str(&a, "ab", 2), emit_const_new_bytes(&a, "ab", 2)));
    const emit_const *t1[] = {i1, &emit_const_none},
                     *t2[] = {emit_const_new_int(&a, 1), &emit_const_none},
                     *t3[] = {f1, &emit_const_none};
    cr_expect(emit_const_equal(emit_const_new_tuple(&a, t1, 2), emit_const_new_tuple(&a, t2, 2)));
    cr_expect(!emit_const_equal(emit_const_new_tuple(&a, t1, 2), emit_const_new_tuple(&a, t3, 2)));
    cr_expect(!emit_const_equal(emit_const_new_tuple(&a, t1, 2), emit_const_new_tuple(&a, t1, 1)));
    arena_fini(&a);
}

Test(const, truth_values) {
    arena a;
    arena_init(&a);
    cr_expect(!emit_const_truth(&emit_const_none) && !emit_const_truth(&emit_const_false));
    cr_expect(emit_const_truth(&emit_const_true) && emit_const_truth(&emit_const_ellipsis));
    cr_expect(!emit_const_truth(emit_const_new_int(&a, 0)) &&
              emit_const_truth(emit_const_new_int(&a, -3)));
    cr_expect(
        emit_const_truth(emit_const_new_int_digits(&a, "99999999999999999999", 20, 10, false)));
    cr_expect(!emit_const_truth(emit_const_new_float(&a, -0.0)));
    cr_expect(emit_const_truth(emit_const_new_float(&a, NAN)));
    cr_expect(!emit_const_truth(emit_const_new_complex(&a, 0.0)));
    cr_expect(!emit_const_truth(emit_const_new_str(&a, "", 0)) &&
              emit_const_truth(emit_const_new_bytes(&a, "\0", 1)));
    cr_expect(!emit_const_truth(emit_const_new_tuple(&a, NULL, 0)));
    arena_fini(&a);
}

Test(const, equal_constants_hash_alike) {
    arena a;
    arena_init(&a);
    const emit_const *pairs[][2] = {
        {emit_const_new_complex(&a, 0.0), emit_const_new_complex(&a, -0.0)},
        {emit_const_new_float(&a, 1.5), emit_const_new_float(&a, 1.5)},
        {emit_const_new_int_digits(&a, "ff", 2, 16, false), emit_const_new_int(&a, 255)},
        {emit_const_new_int_digits(&a, "123456789012345678901", 21, 10, false),
         emit_const_new_int_digits(&a, "0123456789012345678901", 22, 10, false)},
        {emit_const_new_str(&a, "xy", 2), emit_const_new_str(&a, "xy", 2)},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        cr_expect(emit_const_equal(pairs[i][0], pairs[i][1]), "pair %zu", i);
        cr_expect(emit_const_hash(pairs[i][0]) == emit_const_hash(pairs[i][1]), "pair %zu", i);
    }
    const emit_const *t1[] = {pairs[0][0], pairs[2][0]}, *t2[] = {pairs[0][1], pairs[2][1]};
    const emit_const *u1 = emit_const_new_tuple(&a, t1, 2), *u2 = emit_const_new_tuple(&a, t2, 2);
    cr_expect(emit_const_equal(u1, u2) && emit_const_hash(u1) == emit_const_hash(u2));
    arena_fini(&a);
}
