// Arithmetic of constant folding (compile/fold_num.c) checked by identities computed at test
// time on pseudo-random integers of every size: Python's floor division and modulo, shifts,
// bitwise operators in two's complement, powers and the decimal conversion must agree with
// each other; and the operations MicroPython refuses must refuse to fold.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "compile/comp_internal.h"

TestSuite(fold_num);

typedef struct rng {
    uint64_t s;
} rng;

static uint64_t next(rng *r) {
    r->s ^= r->s << 13;
    r->s ^= r->s >> 7;
    r->s ^= r->s << 17;
    return r->s;
}

// A random integer: small, near int64's edges, or with up to 300 decimal digits.
static fold_num random_int(arena *a, rng *r) {
    fold_num v;
    switch (next(r) % 4) {
        case 0:
            return (fold_num){.kind = FNUM_INT, .i = (int64_t)(next(r) % 2001) - 1000};
        case 1:
            return (fold_num){.kind = FNUM_INT, .i = (int64_t)next(r)};
        default: {
            char digits[301];
            size_t n = 1 + next(r) % 300;
            for (size_t i = 0; i < n; i++) {
                digits[i] = (char)('0' + next(r) % 10);
            }
            cr_assert(fold_num_from_digits(a, digits, n, 10, &v) == FOLD_OK);
            if (next(r) & 1) {
                cr_assert(fold_num_unary(a, AST_UNOP_NEG, v, &v) == FOLD_OK);
            }
            return v;
        }
    }
}

static fold_num op2(arena *a, int op, fold_num x, fold_num y) {
    fold_num r;
    cr_assert(fold_num_binary(a, op, x, y, &r) == FOLD_OK, "op %d failed", op);
    return r;
}

static fold_num small(int64_t v) {
    return (fold_num){.kind = FNUM_INT, .i = v};
}

static bool same(arena *a, fold_num x, fold_num y) {
    return emit_const_equal(fold_num_to_const(a, x), fold_num_to_const(a, y));
}

static int sign(arena *a, fold_num x) {
    fold_num zero = small(0);
    const emit_const *c = fold_num_to_const(a, x);
    if (same(a, x, zero)) {
        return 0;
    }
    return c->is_big ? (c->u.text[0] == '-' ? -1 : 1) : (c->u.ival < 0 ? -1 : 1);
}

Test(fold_num, floor_division_and_modulo_agree) {
    arena a;
    arena_init(&a);
    rng r = {0x9e3779b97f4a7c15u};
    for (int i = 0; i < 2000; i++) {
        fold_num x = random_int(&a, &r), y = random_int(&a, &r);
        if (sign(&a, y) == 0) {
            continue;
        }
        fold_num q = op2(&a, AST_OP_FLOORDIV, x, y), m = op2(&a, AST_OP_MOD, x, y);
        fold_num back = op2(&a, AST_OP_ADD, op2(&a, AST_OP_MUL, q, y), m);
        cr_expect(same(&a, back, x), "x == (x // y) * y + x % y");
        cr_expect(sign(&a, m) == 0 || sign(&a, m) == sign(&a, y), "x % y takes y's sign");
        fold_num diff = op2(&a, AST_OP_SUB, y, m);
        cr_expect(sign(&a, m) == 0 || sign(&a, diff) == sign(&a, y), "|x % y| < |y|");
    }
    arena_fini(&a);
}

Test(fold_num, shifts_multiply_and_floor_divide_by_powers_of_two) {
    arena a;
    arena_init(&a);
    rng r = {12345};
    for (int i = 0; i < 1000; i++) {
        fold_num x = random_int(&a, &r);
        int64_t k = (int64_t)(next(&r) % 200);
        fold_num p = op2(&a, AST_OP_POW, small(2), small(k));
        cr_expect(same(&a, op2(&a, AST_OP_LSHIFT, x, small(k)), op2(&a, AST_OP_MUL, x, p)));
        cr_expect(same(&a, op2(&a, AST_OP_RSHIFT, x, small(k)), op2(&a, AST_OP_FLOORDIV, x, p)));
    }
    arena_fini(&a);
}

Test(fold_num, bitwise_operators_are_twos_complement) {
    arena a;
    arena_init(&a);
    rng r = {777};
    for (int i = 0; i < 1000; i++) {
        fold_num x = random_int(&a, &r), y = random_int(&a, &r), nx;
        cr_assert(fold_num_unary(&a, AST_UNOP_INVERT, x, &nx) == FOLD_OK);
        cr_expect(same(&a, op2(&a, AST_OP_ADD, x, nx), small(-1)), "x + ~x == -1");
        cr_expect(same(&a, op2(&a, AST_OP_XOR, op2(&a, AST_OP_XOR, x, y), y), x));
        fold_num ny;
        cr_assert(fold_num_unary(&a, AST_UNOP_INVERT, y, &ny) == FOLD_OK);
        fold_num parts = op2(&a, AST_OP_OR, op2(&a, AST_OP_AND, x, y), op2(&a, AST_OP_AND, x, ny));
        cr_expect(same(&a, parts, x), "(x & y) | (x & ~y) == x");
        cr_expect(same(&a,
                       op2(&a, AST_OP_ADD, op2(&a, AST_OP_XOR, x, y),
                           op2(&a, AST_OP_MUL, small(2), op2(&a, AST_OP_AND, x, y))),
                       op2(&a, AST_OP_ADD, x, y)),
                  "x + y == (x ^ y) + 2 * (x & y)");
    }
    arena_fini(&a);
}

Test(fold_num, powers_and_decimal_text_round_trip) {
    arena a;
    arena_init(&a);
    rng r = {4242};
    for (int i = 0; i < 300; i++) {
        fold_num x = random_int(&a, &r);
        fold_num cube = op2(&a, AST_OP_POW, x, small(3));
        cr_expect(same(&a, cube, op2(&a, AST_OP_MUL, x, op2(&a, AST_OP_MUL, x, x))));
        const emit_const *c = fold_num_to_const(&a, x);
        fold_num back;
        cr_assert(fold_num_from_const(&a, c, &back) == FOLD_OK);
        cr_expect(same(&a, back, x));
    }
    arena_fini(&a);
}

Test(fold_num, what_micropython_refuses_is_not_folded) {
    arena a;
    arena_init(&a);
    fold_num r;
    fold_num fzero = {.kind = FNUM_FLOAT, .f = 0.0}, half = {.kind = FNUM_FLOAT, .f = 0.5};
    cr_expect(fold_num_binary(&a, AST_OP_FLOORDIV, small(1), small(0), &r) == FOLD_NO);
    cr_expect(fold_num_binary(&a, AST_OP_MOD, small(1), small(0), &r) == FOLD_NO);
    cr_expect(fold_num_binary(&a, AST_OP_TRUEDIV, small(1), small(0), &r) == FOLD_NO);
    cr_expect(fold_num_binary(&a, AST_OP_TRUEDIV, small(1), fzero, &r) == FOLD_NO);
    cr_expect(fold_num_binary(&a, AST_OP_LSHIFT, small(1), small(-1), &r) == FOLD_NO);
    cr_expect(fold_num_binary(&a, AST_OP_RSHIFT, small(1), small(-1), &r) == FOLD_NO);
    cr_expect(fold_num_binary(&a, AST_OP_MATMUL, small(1), small(2), &r) == FOLD_NO);
    cr_expect(fold_num_binary(&a, AST_OP_AND, half, small(2), &r) == FOLD_NO);
    cr_expect(fold_num_binary(&a, AST_OP_POW, fzero, small(-1), &r) == FOLD_NO);
    cr_expect(fold_num_binary(&a, AST_OP_POW, small(-8), half, &r) == FOLD_NO, "complex");
    cr_expect(fold_num_unary(&a, AST_UNOP_INVERT, half, &r) == FOLD_NO);
    // and what it folds to floats
    cr_assert(fold_num_binary(&a, AST_OP_POW, small(2), small(-1), &r) == FOLD_OK);
    cr_expect(r.kind == FNUM_FLOAT && r.f == 0.5);
    cr_assert(fold_num_binary(&a, AST_OP_TRUEDIV, small(1), small(4), &r) == FOLD_OK);
    cr_expect(r.kind == FNUM_FLOAT && r.f == 0.25);
    cr_assert(fold_num_binary(&a, AST_OP_MOD, fzero, small(-3), &r) == FOLD_OK);
    cr_expect(r.kind == FNUM_FLOAT && r.f == 0.0 && signbit(r.f), "0.0 % -3 is -0.0");
    arena_fini(&a);
}

// Literals are read in groups of digits: every base and every length around the group sizes
// gives what Horner's rule with the folding arithmetic gives.
Test(fold_num, digits_in_every_base_read_as_horner_computes) {
    arena a;
    arena_init(&a);
    rng r = {777};
    static const unsigned bases[] = {2, 8, 10, 16};
    static const char alphabet[] = "0123456789abcdefABCDEF";
    for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++) {
        unsigned base = bases[b];
        for (size_t n = 1; n <= 80; n++) {
            char digits[80];
            fold_num horner = small(0);
            for (size_t i = 0; i < n; i++) {
                unsigned d = (unsigned)(next(&r) % base);
                digits[i] = d < 10 || next(&r) % 2 ? alphabet[d] : alphabet[d + 6];
                horner = op2(&a, AST_OP_ADD, op2(&a, AST_OP_MUL, horner, small(base)), small(d));
            }
            fold_num v;
            cr_assert(fold_num_from_digits(&a, digits, n, base, &v) == FOLD_OK);
            cr_expect(same(&a, v, horner), "base %u, %zu digits", base, n);
        }
    }
    arena_fini(&a);
}

// Long decimal literals read and written back give their own digits (the conversion to text
// works by halving past 32 limbs, with powers of 2^32 in base 10^9), and 10^k - 1 is k nines.
Test(fold_num, long_decimal_text_round_trips) {
    arena a;
    arena_init(&a);
    rng r = {31337};
    static const size_t lengths[] = {290, 309, 310, 600, 1234, 5000, 9999, 40000};
    for (size_t t = 0; t < sizeof lengths / sizeof lengths[0]; t++) {
        size_t n = lengths[t];
        char *digits = malloc(n + 1);
        cr_assert(digits != NULL);
        for (size_t i = 0; i < n; i++) {
            digits[i] = (char)('0' + next(&r) % 10);
        }
        digits[0] = (char)('1' + next(&r) % 9);
        fold_num v;
        cr_assert(fold_num_from_digits(&a, digits, n, 10, &v) == FOLD_OK);
        const emit_const *c = fold_num_to_const(&a, v);
        cr_assert(c != NULL && c->is_big);
        cr_expect(c->len == n && memcmp(c->u.text, digits, n) == 0, "%zu digits differ", n);
        fold_num nines =
            op2(&a, AST_OP_SUB, op2(&a, AST_OP_POW, small(10), small((int64_t)n)), small(1));
        c = fold_num_to_const(&a, op2(&a, AST_OP_SUB, small(0), nines));
        cr_assert(c != NULL && c->len == n + 1 && c->u.text[0] == '-');
        size_t bad = 0;
        for (size_t i = 1; i <= n; i++) {
            bad += c->u.text[i] != '9';
        }
        cr_expect(bad == 0, "-(10^%zu - 1): %zu digits are not 9", n, bad);
        free(digits);
    }
    arena_fini(&a);
}

// A random non-negative integer of about n limbs.
static fold_num random_limbs(arena *a, rng *r, size_t n) {
    char *digits = malloc(n * 10 + 1);
    cr_assert(digits != NULL);
    size_t len = n * 9 + next(r) % 9 + 1;
    for (size_t i = 0; i < len; i++) {
        digits[i] = (char)('0' + next(r) % 10);
    }
    digits[0] = '1';
    fold_num v;
    cr_assert(fold_num_from_digits(a, digits, len, 10, &v) == FOLD_OK);
    free(digits);
    return v;
}

// Long products (Karatsuba's, past 40 limbs, and slices of the longer operand when the
// other is short) checked by division, which has an algorithm of its own.
Test(fold_num, long_products_agree_with_division) {
    arena a;
    arena_init(&a);
    rng r = {8086};
    static const size_t sizes[][2] = {{39, 39},   {40, 40},   {41, 40},  {80, 41},    {100, 7},
                                      {257, 129}, {300, 299}, {513, 40}, {1000, 333}, {2048, 2048}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        fold_num x = random_limbs(&a, &r, sizes[i][0]), y = random_limbs(&a, &r, sizes[i][1]);
        if (next(&r) & 1) {
            y = op2(&a, AST_OP_SUB, small(0), y);
        }
        fold_num p = op2(&a, AST_OP_MUL, x, y);
        cr_expect(same(&a, op2(&a, AST_OP_FLOORDIV, p, y), x), "%zu x %zu limbs", sizes[i][0],
                  sizes[i][1]);
        cr_expect(same(&a, op2(&a, AST_OP_MOD, p, y), small(0)));
        cr_expect(same(&a, op2(&a, AST_OP_MUL, y, x), p), "commuted");
        fold_num p1 = op2(&a, AST_OP_MUL, x, op2(&a, AST_OP_ADD, y, small(1)));
        cr_expect(same(&a, op2(&a, AST_OP_SUB, p1, p), x), "distributes");
    }
    arena_fini(&a);
}
