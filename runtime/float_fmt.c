// Float <-> text as stock MicroPython 1.29 does it: decimal digits come from scaling by powers
// of ten in the long double stock was built with, emulated exactly (x87 80-bit as on its x86-64
// unix port, or IEEE quad with RT_FLOAT_FMT_QUAD as on its webassembly port), so every host and
// target gets the same digits; both directions share one decimal reader, which formatting also
// uses to check its own output. Single precision follows stock's 32-bit-float ports. Pure
// functions over caller buffers.
#include "float_fmt.h"

#include <float.h>
#include <limits.h>
#include <string.h>

#if RT_FLOAT_FMT_QUAD
// ---- IEEE quad precision, emulated
//
// The long double of stock built for webassembly (the npm package) or 64-bit ARM Linux: 113
// significant bits, the same exponent range as x87. A value is m * 2^e with m's top bit (127)
// set and its low 15 bits zero; the operations are those of the x87 variant below, rounded to
// nearest-even at 113 bits. Needs a compiler with 128-bit integers (a host build for matching
// that flavour of stock; targets use the x87 variant).

#ifndef __SIZEOF_INT128__
#error "RT_FLOAT_FMT_QUAD needs unsigned __int128"
#endif

typedef unsigned __int128 u128;

typedef struct {
    u128 m;
    int32_t e;
} xp_t;

enum {
    XP_E_MAX = 16383 - 127,
    XP_E_MIN = -16382 - 127,
    XP_E_INF = XP_E_MAX + 1,
};

#define XP_TOP ((u128)1 << 127)

static const xp_t xp_zero = {0, 0};
static const xp_t xp_inf = {XP_TOP, XP_E_INF};
static const xp_t xp_one = {XP_TOP, -127};
static const xp_t xp_half = {XP_TOP, -128};

static bool xp_is_inf(xp_t a) {
    return a.e >= XP_E_INF;
}

static int clz128(u128 x) {
    uint64_t hi = (uint64_t)(x >> 64);
    return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)x);
}

// Rounds (hi * 2^128 + lo) * 2^e to 113 bits; lo's lowest bit may stand for sticky bits.
static xp_t xp_round(u128 hi, u128 lo, int32_t e) {
    if (hi == 0) {
        if (lo == 0) {
            return xp_zero;
        }
        hi = lo;
        lo = 0;
        e -= 128;
    }
    int sh = clz128(hi);
    if (sh) {
        hi = (hi << sh) | (lo >> (128 - sh));
        lo <<= sh;
        e -= sh;
    }
    u128 kept = hi >> 15;
    unsigned rest = (unsigned)(hi & 0x7fff);
    bool sticky = (rest & 0x3fff) != 0 || lo != 0;
    if ((rest & 0x4000) && (sticky || (kept & 1))) {
        kept++;
        if (kept >> 113) {
            kept >>= 1;
            e++;
        }
    }
    e += 128;
    if (e > XP_E_MAX) {
        return xp_inf;
    }
    if (e < XP_E_MIN) {
        return xp_zero;
    }
    return (xp_t){kept << 15, e};
}

static xp_t xp_from_u64(uint64_t n) {
    return xp_round(0, n, 0);
}

static xp_t xp_from_double(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7ff);
    if (biased == 0) {
        return xp_round(0, frac, -1074);
    }
    return xp_round(0, frac | ((uint64_t)1 << 52), biased - 1075);
}

static xp_t xp_mul(xp_t a, xp_t b) {
    if (a.m == 0 || b.m == 0) {
        return xp_zero;
    }
    if (xp_is_inf(a) || xp_is_inf(b)) {
        return xp_inf;
    }
    // 256-bit product from four 64x64 ones
    uint64_t a0 = (uint64_t)a.m, a1 = (uint64_t)(a.m >> 64);
    uint64_t b0 = (uint64_t)b.m, b1 = (uint64_t)(b.m >> 64);
    u128 p00 = (u128)a0 * b0, p01 = (u128)a0 * b1, p10 = (u128)a1 * b0, p11 = (u128)a1 * b1;
    u128 mid = (p00 >> 64) + (uint64_t)p01 + (uint64_t)p10;
    u128 lo = (mid << 64) | (uint64_t)p00;
    u128 hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    return xp_round(hi, lo, a.e + b.e);
}

// One step of long division in base 2^64 (Knuth's algorithm D): the digit of
// (*r * 2^64 + u) / d, with *r < d and d's top bit set; the remainder replaces *r.
static uint64_t div_digit(u128 *r, uint64_t u, u128 d) {
    uint64_t v1 = (uint64_t)(d >> 64), v0 = (uint64_t)d;
    uint64_t r1 = (uint64_t)(*r >> 64), r0 = (uint64_t)*r;
    // estimate from the top digits: at most 2 too big, and the test below leaves at most 1
    uint64_t qhat;
    u128 rhat;
    if (r1 >= v1) {
        qhat = UINT64_MAX;
        rhat = *r - (u128)qhat * v1;
    } else {
        qhat = (uint64_t)(*r / v1);
        rhat = *r % v1;
    }
    while ((rhat >> 64) == 0 && (u128)qhat * v0 > ((rhat << 64) | u)) {
        qhat--;
        rhat += v1;
    }
    // (r1 r0 u) - qhat * (v1 v0), 192 bits; a borrow out of the top means one too many
    u128 p0 = (u128)qhat * v0, p1 = (u128)qhat * v1;
    u128 plo = p0 + (p1 << 64);
    uint64_t phi = (uint64_t)(p1 >> 64) + (plo < p0);
    u128 xlo = ((u128)r0 << 64) | u;
    u128 rem = xlo - plo;
    uint64_t top = r1 - phi - (xlo < plo);
    if (top != 0) {
        qhat--;
        rem += d;
    }
    *r = rem;
    return qhat;
}

// a / b for b != 0: 128 quotient bits, the remainder folded into a round and a sticky bit.
static xp_t xp_div(xp_t a, xp_t b) {
    if (a.m == 0 || xp_is_inf(b)) {
        return xp_zero;
    }
    if (xp_is_inf(a)) {
        return xp_inf;
    }
    int s = a.m >= b.m ? 127 : 128;
    u128 r = s == 127 ? a.m >> 1 : a.m;
    u128 nl = s == 127 ? a.m << 127 : 0;
    uint64_t q1 = div_digit(&r, (uint64_t)(nl >> 64), b.m);
    uint64_t q0 = div_digit(&r, (uint64_t)nl, b.m);
    u128 q = ((u128)q1 << 64) | q0;
    u128 lo = 0;
    if (r != 0) {
        u128 rest = b.m - r;
        lo = r > rest ? XP_TOP | 1 : r == rest ? XP_TOP : 1;
    }
    return xp_round(q, lo, a.e - b.e - s - 128);
}

static xp_t xp_add(xp_t a, xp_t b) {
    if (a.m == 0) {
        return b;
    }
    if (b.m == 0) {
        return a;
    }
    if (xp_is_inf(a) || xp_is_inf(b)) {
        return xp_inf;
    }
    if (a.e < b.e) {
        xp_t t = a;
        a = b;
        b = t;
    }
    int32_t d = a.e - b.e;
    u128 bh, bl;
    if (d == 0) {
        bh = b.m;
        bl = 0;
    } else if (d < 128) {
        bh = b.m >> d;
        bl = b.m << (128 - d);
    } else if (d < 256) {
        bh = 0;
        bl = b.m >> (d - 128);
        bl |= d > 128 && (b.m << (256 - d)) != 0;
    } else {
        bh = 0;
        bl = 1;
    }
    u128 sum = a.m + bh;
    int32_t e = a.e - 128;
    if (sum < a.m) {
        bl = (bl >> 1) | (bl & 1) | (sum << 127);
        sum = (sum >> 1) | XP_TOP;
        e++;
    }
    return xp_round(sum, bl, e);
}

// Rounds m * 2^e to `bits` significant bits (at least min_lead for the top bit's exponent,
// fewer below) and returns the IEEE encoding with `frac_bits` fraction bits and the given bias.
static uint64_t round_to_ieee(xp_t a, int frac_bits, int min_lead, int max_lead) {
    uint64_t inf = ((uint64_t)(2 * max_lead + 1)) << frac_bits;
    if (a.m == 0) {
        return 0;
    }
    if (xp_is_inf(a)) {
        return inf;
    }
    int32_t lead = a.e + 127;
    int32_t shift = 127 - frac_bits + (lead >= min_lead ? 0 : min_lead - lead);
    if (shift > 128) {
        return 0;
    }
    u128 kept = shift == 128 ? 0 : a.m >> shift;
    u128 rest = shift == 128 ? a.m : a.m & (((u128)1 << shift) - 1);
    u128 half = (u128)1 << (shift - 1);
    if (rest > half || (rest == half && (kept & 1))) {
        kept++;
    }
    if (lead < min_lead) {
        return (uint64_t)kept; // a carry into the exponent field is right as it is
    }
    if (kept >> (frac_bits + 1)) {
        kept >>= 1;
        lead++;
    }
    if (lead > max_lead) {
        return inf;
    }
    return ((uint64_t)(lead + max_lead) << frac_bits) |
           ((uint64_t)kept & (((uint64_t)1 << frac_bits) - 1));
}

static double xp_to_double(xp_t a) {
    uint64_t bits = round_to_ieee(a, 52, -1022, 1023);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static float xp_to_float(xp_t a) {
    uint32_t bits = (uint32_t)round_to_ieee(a, 23, -126, 127);
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

static uint64_t xp_to_u64(xp_t a) {
    if (a.m == 0 || a.e <= -128) {
        return 0;
    }
    if (a.e > -64) {
        return UINT64_MAX; // out of range; never asked for
    }
    return (uint64_t)(a.m >> -a.e);
}

#define XP_POW(hi, lo, e) \
    { ((u128)(hi) << 64) | (lo), e }

// 10^(2^k) as stock's square-and-multiply reaches them in quad precision (exact up to 10^16).
static const xp_t pow10_squares[] = {
    XP_POW(0xa000000000000000u, 0x0000000000000000u, -124),
    XP_POW(0xc800000000000000u, 0x0000000000000000u, -121),
    XP_POW(0x9c40000000000000u, 0x0000000000000000u, -114),
    XP_POW(0xbebc200000000000u, 0x0000000000000000u, -101),
    XP_POW(0x8e1bc9bf04000000u, 0x0000000000000000u, -74),
    XP_POW(0x9dc5ada82b70b59du, 0xf020000000000000u, -21),
    XP_POW(0xc2781f49ffcfa6d5u, 0x3cbf6b71c76b0000u, 85),
    XP_POW(0x93ba47c980e98cdfu, 0xc66f336c36b10000u, 298),
    XP_POW(0xaa7eebfb9df9de8du, 0xddbb901b98ff0000u, 723),
    XP_POW(0xe319a0aea60e91c6u, 0xcc655c54bc508000u, 1573),
    XP_POW(0xc976758681750c17u, 0x650d3d28f18b8000u, 3274),
    XP_POW(0x9e8b3b5dc53d5de4u, 0xa74d28ce329b0000u, 6676),
    XP_POW(0xc46052028a20979au, 0xc94c153f804b0000u, 13479),
};

#else
// ---- x87 extended precision, emulated
//
// A value is m * 2^e with a 64-bit significand whose top bit is set (m == 0 is zero). Only the
// operations stock's conversions use are needed, all on non-negative values, each rounded to
// nearest-even at 64 bits as the x87 FPU does with its default precision control:
//
//   mul, div, add          long double arithmetic
//   from_u64, from_double  exact widening
//   to_double              FST m64: round to 53 bits, subnormals and overflow included
//   to_u64                 truncating conversion of a value below 2^64
//
// Results above the extended range become infinity. Results below its normal range become zero
// instead of extended subnormals: they only arise far below the smallest double, where stock's
// final conversion gives 0 all the same.

typedef struct {
    uint64_t m;
    int32_t e;
} xp_t;

enum {
    XP_E_MAX = 16383 - 63,  // largest exponent of a finite value (below 2^16384)
    XP_E_MIN = -16382 - 63, // smallest exponent of a normal value (2^-16382)
    XP_E_INF = XP_E_MAX + 1,
};

#define XP_TOP ((uint64_t)1 << 63)

static const xp_t xp_zero = {0, 0};
static const xp_t xp_inf = {XP_TOP, XP_E_INF};
static const xp_t xp_one = {XP_TOP, -63};
static const xp_t xp_half = {XP_TOP, -64};

static bool xp_is_inf(xp_t a) {
    return a.e >= XP_E_INF;
}

static int clz64(uint64_t x) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_clzll(x);
#else
    int n = 0;
    while (!(x & XP_TOP)) {
        x <<= 1;
        n++;
    }
    return n;
#endif
}

// The 128-bit product of two 64-bit integers.
static void mul_64x64(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo) {
#if defined(__SIZEOF_INT128__) && !defined(RT_FLOAT_FMT_NO_INT128)
    unsigned __int128 p = (unsigned __int128)a * b;
    *hi = (uint64_t)(p >> 64);
    *lo = (uint64_t)p;
#else
    uint64_t a0 = (uint32_t)a, a1 = a >> 32, b0 = (uint32_t)b, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;
    *lo = (mid << 32) | (uint32_t)p00;
    *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
#endif
}

// Quotient and remainder of (nh * 2^64 + nl) / d, where nh < d so the quotient fits 64 bits.
static uint64_t div_128x64(uint64_t nh, uint64_t nl, uint64_t d, uint64_t *rem) {
#if defined(__SIZEOF_INT128__) && !defined(RT_FLOAT_FMT_NO_INT128)
    unsigned __int128 n = ((unsigned __int128)nh << 64) | nl;
    *rem = (uint64_t)(n % d);
    return (uint64_t)(n / d);
#else
    // Restoring division one bit at a time, without branches (the quotient bits are random);
    // r < d holds throughout, and the bit shifted out of r when it is doubled is the carry
    // that makes the subtraction due.
    uint64_t q = 0, r = nh;
    for (int i = 63; i >= 0; i--) {
        uint64_t carry = r >> 63;
        r = (r << 1) | ((nl >> i) & 1);
        uint64_t take = carry | (uint64_t)(r >= d);
        r -= d & (0 - take);
        q = (q << 1) | take;
    }
    *rem = r;
    return q;
#endif
}

// Rounds (hi * 2^64 + lo) * 2^e to 64 bits. The lowest bit of lo may stand for sticky bits
// below it, so lo is only ever shifted left when hi's top bits are zero (exact products).
static xp_t xp_round(uint64_t hi, uint64_t lo, int32_t e) {
    if (hi == 0) {
        if (lo == 0) {
            return xp_zero;
        }
        hi = lo;
        lo = 0;
        e -= 64;
    }
    int sh = clz64(hi);
    if (sh) {
        hi = (hi << sh) | (lo >> (64 - sh));
        lo <<= sh;
        e -= sh;
    }
    if (lo > XP_TOP || (lo == XP_TOP && (hi & 1))) {
        hi++;
        if (hi == 0) {
            hi = XP_TOP;
            e++;
        }
    }
    e += 64;
    if (e > XP_E_MAX) {
        return xp_inf;
    }
    if (e < XP_E_MIN) {
        return xp_zero;
    }
    return (xp_t){hi, e};
}

static xp_t xp_from_u64(uint64_t n) {
    return xp_round(0, n, 0);
}

// A finite non-negative double, exactly.
static xp_t xp_from_double(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7ff);
    if (biased == 0) {
        return xp_round(0, frac, -1074);
    }
    return xp_round(0, frac | ((uint64_t)1 << 52), biased - 1075);
}

static xp_t xp_mul(xp_t a, xp_t b) {
    if (a.m == 0 || b.m == 0) {
        return xp_zero;
    }
    if (xp_is_inf(a) || xp_is_inf(b)) {
        return xp_inf;
    }
    uint64_t hi, lo;
    mul_64x64(a.m, b.m, &hi, &lo);
    return xp_round(hi, lo, a.e + b.e);
}

// a / b for b != 0.
static xp_t xp_div(xp_t a, xp_t b) {
    if (a.m == 0 || xp_is_inf(b)) {
        return xp_zero;
    }
    if (xp_is_inf(a)) {
        return xp_inf;
    }
    // Scale a by 2^63 or 2^64 so the quotient has exactly 64 bits, then fold the remainder
    // into a round bit and a sticky bit.
    int s = a.m >= b.m ? 63 : 64;
    uint64_t r;
    uint64_t q = s == 63 ? div_128x64(a.m >> 1, a.m << 63, b.m, &r) : div_128x64(a.m, 0, b.m, &r);
    uint64_t lo = 0;
    if (r != 0) {
        uint64_t rest = b.m - r;
        lo = r > rest ? XP_TOP | 1 : r == rest ? XP_TOP : 1;
    }
    return xp_round(q, lo, a.e - b.e - s - 64);
}

static xp_t xp_add(xp_t a, xp_t b) {
    if (a.m == 0) {
        return b;
    }
    if (b.m == 0) {
        return a;
    }
    if (xp_is_inf(a) || xp_is_inf(b)) {
        return xp_inf;
    }
    if (a.e < b.e) {
        xp_t t = a;
        a = b;
        b = t;
    }
    // a.m * 2^64 + b.m * 2^(64 - d), in units of 2^(a.e - 64)
    int32_t d = a.e - b.e;
    uint64_t hi = a.m, bh, bl;
    if (d == 0) {
        bh = b.m;
        bl = 0;
    } else if (d < 64) {
        bh = b.m >> d;
        bl = b.m << (64 - d);
    } else if (d < 128) {
        bh = 0;
        bl = b.m >> (d - 64);
        bl |= d > 64 && (b.m << (128 - d)) != 0; // sticky
    } else {
        bh = 0;
        bl = 1;
    }
    uint64_t sum = hi + bh;
    int32_t e = a.e - 64;
    if (sum < hi) {
        // carry out: one more bit, the shifted-out bit stays sticky
        bl = (bl >> 1) | (bl & 1) | (sum << 63);
        sum = (sum >> 1) | XP_TOP;
        e++;
    }
    return xp_round(sum, bl, e);
}

// Rounds to a double as an x87 store does: to nearest-even at 53 bits, or fewer in the
// subnormal range.
static double xp_to_double(xp_t a) {
    uint64_t bits;
    if (a.m == 0) {
        bits = 0;
    } else if (xp_is_inf(a)) {
        bits = (uint64_t)0x7ff << 52;
    } else {
        int32_t lead = a.e + 63; // exponent of the top bit
        int32_t shift = lead >= -1022 ? 11 : 11 + (-1022 - lead);
        if (shift > 64) {
            bits = 0;
        } else {
            uint64_t kept = shift == 64 ? 0 : a.m >> shift;
            uint64_t rest = shift == 64 ? a.m : a.m & (((uint64_t)1 << shift) - 1);
            uint64_t half = (uint64_t)1 << (shift - 1);
            if (rest > half || (rest == half && (kept & 1))) {
                kept++;
            }
            if (lead >= -1022) {
                if (kept >> 53) {
                    kept >>= 1;
                    lead++;
                }
                if (lead > 1023) {
                    bits = (uint64_t)0x7ff << 52;
                } else {
                    bits = ((uint64_t)(lead + 1023) << 52) | (kept & (((uint64_t)1 << 52) - 1));
                }
            } else {
                bits = kept; // a carry into bit 52 makes it the smallest normal, as it should
            }
        }
    }
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

// Truncates a value below 2^64 to an integer.
static uint64_t xp_to_u64(xp_t a) {
    if (a.m == 0 || a.e <= -64) {
        return 0;
    }
    if (a.e >= 0) {
        return a.e == 0 ? a.m : UINT64_MAX; // out of range; never asked for
    }
    return a.m >> -a.e;
}

// Rounds to the nearest float, subnormals and overflow included.
static float xp_to_float(xp_t a) {
    uint32_t bits;
    if (a.m == 0) {
        bits = 0;
    } else if (xp_is_inf(a)) {
        bits = 0x7f800000u;
    } else {
        int32_t lead = a.e + 63;
        int32_t shift = lead >= -126 ? 40 : 40 + (-126 - lead);
        if (shift > 64) {
            bits = 0;
        } else {
            uint64_t kept = shift == 64 ? 0 : a.m >> shift;
            uint64_t rest = shift == 64 ? a.m : a.m & (((uint64_t)1 << shift) - 1);
            uint64_t half = (uint64_t)1 << (shift - 1);
            if (rest > half || (rest == half && (kept & 1))) {
                kept++;
            }
            if (lead >= -126) {
                if (kept >> 24) {
                    kept >>= 1;
                    lead++;
                }
                bits = lead > 127 ? 0x7f800000u
                                  : ((uint32_t)(lead + 127) << 23) | ((uint32_t)kept & 0x7fffffu);
            } else {
                bits = (uint32_t)kept;
            }
        }
    }
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

// 10^(2^k) as stock's square-and-multiply reaches them: each the previous one squared in
// extended precision (exact up to 10^16, rounded from 10^32 on); 10^8192 and beyond overflow.
static const xp_t pow10_squares[] = {
    {0xa000000000000000u, -60},   {0xc800000000000000u, -57},  {0x9c40000000000000u, -50},
    {0xbebc200000000000u, -37},   {0x8e1bc9bf04000000u, -10},  {0x9dc5ada82b70b59eu, 43},
    {0xc2781f49ffcfa6d5u, 149},   {0x93ba47c980e98cdfu, 362},  {0xaa7eebfb9df9de8cu, 787},
    {0xe319a0aea60e91c2u, 1637},  {0xc976758681750c0fu, 3338}, {0x9e8b3b5dc53d5dd7u, 6740},
    {0xc46052028a209779u, 13543},
};

#endif

enum { N_POW10_SQUARES = sizeof pow10_squares / sizeof pow10_squares[0] };

// num * 10^n the way stock computes it: over the bits of |n| from the lowest, num multiplied
// (or divided, for n < 0) by 10^(2^k) for each bit k that is set, rounding every step.
static xp_t decimal_exp(xp_t num, int32_t n) {
    if (n == 0 || num.m == 0) {
        return num;
    }
    bool neg = n < 0;
    uint32_t k = neg ? 0u - (uint32_t)n : (uint32_t)n;
    for (int i = 0; k != 0; i++, k >>= 1) {
        if (k & 1) {
            xp_t p = i < N_POW10_SQUARES ? pow10_squares[i] : xp_inf;
            num = neg ? xp_div(num, p) : xp_mul(num, p);
        }
    }
    return num;
}

// ---- The decimal reader
//
// Digits go into a 64-bit mantissa until it reaches MANTISSA_MAX; later digits only move the
// exponent. Zeros are held back until a non-zero digit follows, so trailing zeros never use up
// mantissa room. '_' is skipped anywhere. An exponent that grows past EXP_LIMIT stops growing
// (the result is 0 or infinity anyway).

#define MANTISSA_MAX ((uint64_t)0x1999999999999998)
#define MANTISSA_MAX_32 ((uint64_t)0x19999998) // single precision: a 32-bit mantissa
#define EXP_LIMIT ((INT_MAX / 2 - 9) / 10)

typedef enum { IN_INT, IN_FRAC, IN_EXP } read_part_t;

// A scanned decimal: mant * 10^exp.
typedef struct {
    uint64_t mant;
    int64_t exp;
} decimal_t;

static void take_digit(decimal_t *d, unsigned dig, read_part_t part, uint64_t mant_max) {
    if (d->mant < mant_max) {
        d->mant = d->mant * 10 + dig;
        d->exp -= part == IN_FRAC;
    } else {
        d->exp += part == IN_INT;
    }
}

// Scans an unsigned decimal from s[0..len) with a mantissa limit of mant_max. Returns the
// number of bytes consumed (0 when nothing matched, as for "x"), or -1 for an 'e' with nothing
// after it or its sign.
static ptrdiff_t scan_decimal(const char *s, size_t len, uint64_t mant_max, decimal_t *out) {
    read_part_t part = IN_INT;
    decimal_t d = {0, 0};
    int64_t zeros_int = 0, zeros_frac = 0;
    int32_t exp_val = 0;
    bool exp_neg = false;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i++];
        if (c >= '0' && c <= '9') {
            unsigned dig = c - '0';
            if (part == IN_EXP) {
                if (exp_val < EXP_LIMIT) {
                    exp_val = exp_val * 10 + (int32_t)dig;
                }
            } else if (dig == 0 || d.mant >= mant_max) {
                *(part == IN_INT ? &zeros_int : &zeros_frac) += 1;
            } else {
                // Once the mantissa is full the held-back zeros only count (integer part) or
                // vanish (fraction), so the loops below stop early.
                for (; zeros_int > 0 && d.mant < mant_max; zeros_int--) {
                    take_digit(&d, 0, IN_INT, mant_max);
                }
                d.exp += zeros_int;
                zeros_int = 0;
                for (; zeros_frac > 0 && d.mant < mant_max; zeros_frac--) {
                    take_digit(&d, 0, IN_FRAC, mant_max);
                }
                zeros_frac = 0;
                take_digit(&d, dig, part, mant_max);
            }
        } else if (part == IN_INT && c == '.') {
            part = IN_FRAC;
        } else if (part != IN_EXP && (c | 0x20) == 'e') {
            part = IN_EXP;
            if (i < len && (s[i] == '+' || s[i] == '-')) {
                exp_neg = s[i++] == '-';
            }
            if (i == len) {
                return -1;
            }
        } else if (c != '_') {
            i--;
            break;
        }
    }
    d.exp += (exp_neg ? -(int64_t)exp_val : exp_val) + zeros_int;
    // stock sums in an int; only inputs of about 2^31 digits could leave this range
    if (d.exp > INT32_MAX - 1) {
        d.exp = INT32_MAX - 1;
    } else if (d.exp < -(INT32_MAX - 1)) {
        d.exp = -(INT32_MAX - 1);
    }
    *out = d;
    return (ptrdiff_t)i;
}

// The double a decimal reads as (see scan_decimal for the return value).
static ptrdiff_t read_decimal(const char *s, size_t len, double *out) {
    decimal_t d;
    ptrdiff_t n = scan_decimal(s, len, MANTISSA_MAX, &d);
    if (n >= 0) {
        *out = xp_to_double(decimal_exp(xp_from_u64(d.mant), (int32_t)d.exp));
    }
    return n;
}

static ptrdiff_t read_decimal32(const char *s, size_t len, float *out);

static bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool match_word(const char *s, const char *end, const char *word, size_t n) {
    if ((size_t)(end - s) < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

static double negate(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    bits ^= (uint64_t)1 << 63;
    memcpy(&x, &bits, sizeof x);
    return x;
}

static double make_special(bool is_nan) {
    uint64_t bits = is_nan ? 0x7ff8000000000000u : 0x7ff0000000000000u;
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

// Stock's number reader: [ws] [sign] (inf | infinity | nan | decimal) ['j'] [ws], and for
// complex() a second signed term after a real one.
// single: read decimals as a 32-bit-float port does (the value stays exact in a double).
static bool parse_number(const char *s, size_t len, bool single, bool allow_imag,
                         bool force_complex, double *re, double *im, bool *is_imag) {
    const char *end = s + len;
    double real = 0;
    bool have_real = false, have_imag = false;
    for (;;) {
        while (s < end && is_space((unsigned char)*s)) {
            s++;
        }
        bool neg = false;
        if (s < end && (*s == '+' || *s == '-')) {
            neg = *s++ == '-';
        }
        const char *start = s;
        double val = 0;
        if (match_word(s, end, "inf", 3)) {
            s += 3;
            val = make_special(false);
            if (match_word(s, end, "inity", 5)) {
                s += 5;
            }
        } else if (match_word(s, end, "nan", 3)) {
            s += 3;
            val = make_special(true);
        } else {
            float val32 = 0;
            ptrdiff_t n = single ? read_decimal32(s, (size_t)(end - s), &val32)
                                 : read_decimal(s, (size_t)(end - s), &val);
            if (n < 0) {
                return false;
            }
            if (single) {
                val = val32;
            }
            s += n;
        }
        if (allow_imag && s < end && (*s | 0x20) == 'j') {
            if (s == start) {
                val = 1; // "j" is 1j
            }
            s++;
            have_imag = true;
        }
        if (neg) {
            val = negate(val);
        }
        if (s == start) {
            return false;
        }
        while (s < end && is_space((unsigned char)*s)) {
            s++;
        }
        if (s != end) {
            if (force_complex && !have_real && !have_imag) {
                real = val;
                have_real = true;
                continue;
            }
            return false;
        }
        if (have_real && !have_imag) {
            return false;
        }
        if (have_real) {
            *re = real;
            *im = val;
        } else if (have_imag) {
            *re = 0;
            *im = val;
        } else {
            *re = val;
            *im = 0;
        }
        *is_imag = have_imag;
        return true;
    }
}

bool rt_float_parse_str(const char *s, size_t len, double *out) {
    double im;
    bool is_imag;
    return parse_number(s, len, false, false, false, out, &im, &is_imag);
}

bool rt_float_parse_literal(const char *s, size_t len, double *out, bool *is_imag) {
    double re, im;
    if (!parse_number(s, len, false, true, false, &re, &im, is_imag)) {
        return false;
    }
    *out = *is_imag ? im : re;
    return true;
}

bool rt_complex_parse_str(const char *s, size_t len, double *re, double *im) {
    bool is_imag;
    return parse_number(s, len, false, true, true, re, im, &is_imag);
}

// ---- Formatting
//
// Stock's algorithm, in outline: find the decimal exponent e of x (10^e <= x < 10^(e+1), with
// the powers of ten rounded as above); decide how many significant digits the conversion wants
// (at most 19, the rest become zeros) and where the point goes; scale x by a power of ten so
// those digits form an integer, add 0.5 and truncate. When more than 16 digits are wanted, 16
// are tried first and the text is read back: if it gives x again it is the answer, else one
// digit more is tried. repr is 'g' with up to 19 digits and exponent form from 1e16 on, so it
// prints 16 significant digits or the first of 17..19 that reads back as x.
// Everything is laid out in a 33-byte buffer (32 after a sign) as stock's printer has it, and
// that size limits the digits of 'f' (at most 30 after the point, fewer for large numbers, and
// 'f' becomes 'g' when the integer part does not fit).

enum {
    MODE_E = 1, // d.ddde+xx
    MODE_G = 2, // like E or F, shortest, trailing zeros removed
    MODE_F = 4, // ddd.ddd
};

enum {
    MAX_DIGITS = 19,  // decimal digits a 64-bit mantissa always holds
    SAFE_DIGITS = 16, // digits tried first when more are wanted
    DEC_NONE = 255,   // `dec` when the point has been written already ("0.000ddd")
    STOCK_BUF = 33,   // stock's buffer for one conversion, terminating NUL included
    EXP_OVERHEAD = 8, // room kept for a sign and an exponent "+9e+199" outside 'f'
    PREC_CLAMP = 1000000,
};

typedef struct {
    unsigned mode;
    char e_char;       // 'e' or 'E'
    int max_exp_zeros; // 'g': exponents 1..max_exp_zeros-1 are written as zeros instead
} layout_t;

static char *put_zero_point(char *s, int n_zeros) {
    *s++ = '0';
    *s++ = '.';
    while (n_zeros-- > 0) {
        *s++ = '0';
    }
    return s;
}

// Writes the n_digits-digit mantissa m (cap = 10^n_digits) at s and returns the end: `zeros`
// more zeros after the digits, dec + 1 digits before the point (DEC_NONE: point already
// written), then the exponent e where the mode wants one.
static char *put_mantissa(const layout_t *lay, char *s, uint64_t m, uint64_t cap, int n_digits,
                          int zeros, int dec, int e) {
    if (m != 0 && m >= cap) {
        // rounding carried into one more digit
        if (lay->mode & MODE_F) {
            n_digits++;
            dec++;
        } else {
            m /= 10;
            e++;
        }
    }
    if ((lay->mode & MODE_G) && e != 0) {
        if (e > 0) {
            if (e < lay->max_exp_zeros) {
                dec += e;
                if (dec >= n_digits) {
                    zeros = dec - (n_digits - 1);
                }
                e = 0;
            }
        } else if (e >= -4) {
            // 0.000ddd form: drop the mantissa's zeros as the exponent comes up to 0
            int n_cut = 0;
            while (e < 0 && m % 10 == 0) {
                m /= 10;
                n_cut++;
                e++;
            }
            n_digits -= n_cut;
            s = put_zero_point(s, n_cut - e - 1);
            dec = DEC_NONE;
            e = 0;
        }
    }

    bool has_point = dec >= DEC_NONE;
    for (int i = n_digits - 1; i >= 0; i--) {
        s[i > dec ? i + 1 : i] = (char)('0' + m % 10);
        m /= 10;
    }
    if (dec + 1 < n_digits) {
        s[dec + 1] = '.';
        has_point = true;
        s++;
    }
    s += n_digits;

    if (zeros > 0) {
        dec -= n_digits - 1;
        while (zeros-- > 0) {
            if (dec-- == 0) {
                *s++ = '.';
                has_point = true;
            }
            *s++ = '0';
        }
    }
    if ((lay->mode & MODE_G) && has_point) {
        while (s[-1] == '0') {
            s--;
        }
        if (s[-1] == '.') {
            s--;
        }
    }

    if ((e != 0 || (lay->mode & MODE_E)) && !(lay->mode & MODE_F)) {
        *s++ = lay->e_char;
        *s++ = e < 0 ? '-' : '+';
        if (e < 0) {
            e = -e;
        }
        if (e >= 100) {
            *s++ = (char)('0' + e / 100);
        }
        *s++ = (char)('0' + e / 10 % 10);
        *s++ = (char)('0' + e % 10);
    }
    return s;
}

// The start every conversion shares: the sign, "inf"/"nan", the layout and the precision
// (prec_repr: the digits repr asks for). False when the text is complete already (a special
// value, *len its length); else st->buf is where the digits go, st->size what is left of
// stock's buffer.
typedef struct {
    layout_t lay;
    char *buf;
    int size;
    int prec;
} start_t;

static bool start_text(start_t *st, char *out, char fmt, int prec, char sign, bool is_special,
                       bool is_nan, int prec_repr, size_t *len) {
    st->buf = out;
    st->size = STOCK_BUF;
    if (sign) {
        *st->buf++ = sign;
        st->size--;
    }
    char lower = (char)(fmt & 0x20);
    if (is_special) {
        const char *word = is_nan ? "NAN" : "INF";
        for (int i = 0; i < 3; i++) {
            *st->buf++ = (char)(word[i] | lower);
        }
        *len = (size_t)(st->buf - out);
        return false;
    }
    char lofmt = (char)(fmt | 0x20);
    unsigned mode = lofmt == 'f' ? MODE_F : lofmt == 'g' ? MODE_G : MODE_E;
    st->lay = (layout_t){mode, (char)('E' | lower), 0};
    if (prec < 0) {
        prec = 6;
    } else if (prec > PREC_CLAMP) {
        prec = PREC_CLAMP; // stock's arithmetic overflows near INT_MAX; below, nothing changes
    }
    st->lay.max_exp_zeros = prec < st->size - 3 ? prec : st->size - 3;
    if (prec == RT_FLOAT_REPR_PREC) {
        prec = prec_repr;
        st->lay.max_exp_zeros = 16;
    }
    st->prec = prec;
    return true;
}

// How many digits a value with decimal exponent e gets: significant digits wanted (at most
// max_sig, the rest trailing zeros, as many as fit), zeros after "0." ('f' of small numbers).
// An 'f' whose integer digits do not fit turns into 'g' with one more digit.
typedef struct {
    int max_digits, lead_zeros, trail_zeros;
} plan_t;

static plan_t plan_digits(start_t *st, int e, int max_sig, int exp_overhead) {
    layout_t *lay = &st->lay;
    int size = st->size;
    if ((lay->mode & MODE_F) && e > 0 && e + st->prec + 2 > size) {
        lay->mode = MODE_G;
        st->prec++;
    }
    plan_t p = {st->prec, 0, 0};
    if (lay->mode & MODE_F) {
        if (p.max_digits > size - 3) {
            p.max_digits = size - 3;
        }
        if (e < 0) {
            if (p.max_digits > 2 && e < -2) {
                p.lead_zeros = (-e < p.max_digits ? -e : p.max_digits) - 2;
                p.max_digits -= p.lead_zeros;
            } else {
                p.max_digits++;
            }
        } else {
            p.max_digits += e + 1;
        }
    } else if (!(lay->mode & MODE_G) || p.max_digits == 0) {
        p.max_digits++;
    }
    if (p.max_digits > max_sig) {
        p.trail_zeros = p.max_digits - max_sig;
        p.max_digits = max_sig;
    }
    int room = size - p.max_digits - ((lay->mode & MODE_F) ? 3 : exp_overhead);
    if (p.trail_zeros > room) {
        p.trail_zeros = room;
    }
    return p;
}

// Where the point goes for n_digits digits of a value with decimal exponent e (zero: is_zero):
// writes "0.000" at *s when 'f' needs it, sets *dec for put_mantissa, and returns the power of
// ten that scales the value to an n_digits-digit integer.
static int place_point(const layout_t *lay, bool is_zero, int e, int n_digits, int lead_zeros,
                       char **s, int *dec) {
    *dec = 0;
    if (is_zero) {
        return 0;
    }
    if (!(lay->mode & MODE_F)) {
        return n_digits - e - 1;
    }
    int decexp = n_digits - 1;
    if (e >= 0) {
        decexp -= e;
        *dec = e;
    } else if (lead_zeros > 0) {
        *s = put_zero_point(*s, lead_zeros);
        decexp += lead_zeros + 1;
        *dec = DEC_NONE;
    }
    return decexp;
}

static uint64_t pow10_u64(int n) {
    uint64_t p = 1;
    while (n-- > 0) {
        p *= 10;
    }
    return p;
}

// One conversion into out (at least STOCK_BUF bytes); returns the length, no NUL written.
static size_t convert(char *out, double x, char fmt, int prec, char sign) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int biased = (int)((bits >> 52) & 0x7ff);
    bool is_special = biased == 0x7ff;
    bool is_nan = is_special && (bits << 12) != 0;
    if ((bits >> 63) && !is_nan) {
        bits &= ~((uint64_t)1 << 63);
        sign = '-';
    }
    double f;
    memcpy(&f, &bits, sizeof f);

    start_t st;
    size_t len;
    if (!start_text(&st, out, fmt, prec, sign, is_special, is_nan, MAX_DIGITS, &len)) {
        return len;
    }
    char *buf = st.buf;

    // e: 10^e <= f < 10^(e+1), starting from the binary exponent's estimate
    int e = 0;
    if (f != 0) {
        e = (int)((biased - 1023) * 0.3010299956639812);
        bool up = !(f < 1.0);
        while ((f >= xp_to_double(decimal_exp(xp_one, e + up))) == up) {
            e += up ? 1 : -1;
        }
    }
    const plan_t plan = plan_digits(&st, e, MAX_DIGITS, EXP_OVERHEAD);
    const layout_t lay = st.lay;
    const int max_digits = plan.max_digits;

    const xp_t xf = xp_from_double(f);
    int n_digits = max_digits < SAFE_DIGITS ? max_digits : SAFE_DIGITS;
    for (;;) {
        char *s = buf;
        int dec;
        int decexp = place_point(&lay, f == 0, e, n_digits, plan.lead_zeros, &s, &dec);
        uint64_t cap = pow10_u64(n_digits);
        uint64_t m = xp_to_u64(xp_add(decimal_exp(xf, decexp), xp_half));
        int zeros = plan.trail_zeros + (max_digits - n_digits);
        char *end = put_mantissa(&lay, s, m, cap, n_digits, zeros, dec, e);
        if (n_digits >= max_digits) {
            return (size_t)(end - out);
        }
        double check = 0;
        read_decimal(buf, (size_t)(end - buf), &check);
        if (check == f) {
            return (size_t)(end - out);
        }
        n_digits++;
    }
}

// The ".0" of repr and the '%' of '%' conversions, then the NUL.
static size_t finish_text(char *buf, size_t n, unsigned flags) {
    if ((flags & RT_FMT_DECIMAL) && !memchr(buf, '.', n) && !memchr(buf, 'e', n) &&
        !memchr(buf, 'n', n)) {
        buf[n++] = '.';
        buf[n++] = '0';
    }
    if (flags & RT_FMT_PERCENT) {
        buf[n++] = '%';
    }
    buf[n] = '\0';
    return n;
}

// 'r' and '%' in terms of the others: repr is 'g' at repr precision with ".0" added; '%' is
// 'f' of 100 times the value (true: the caller scales), with '%' added. Returns the sign.
static char plain_conv(char *conv, int *prec, unsigned *flags, bool *times_100) {
    *times_100 = false;
    if (*conv == 'r') {
        *conv = 'g';
        *prec = RT_FLOAT_REPR_PREC;
        *flags |= RT_FMT_DECIMAL;
    } else if (*conv == '%') {
        *times_100 = true;
        *conv = 'f';
        *flags |= RT_FMT_PERCENT;
    }
    return (*flags & RT_FMT_PLUS) ? '+' : (*flags & RT_FMT_SPACE) ? ' ' : 0;
}

size_t rt_float_format(char *buf, double x, char conv, int prec, unsigned flags) {
    bool times_100;
    char sign = plain_conv(&conv, &prec, &flags, &times_100);
    if (times_100) {
        x *= 100;
    }
    return finish_text(buf, convert(buf, x, conv, prec, sign), flags);
}

size_t rt_float_repr(char *buf, double x) {
    return rt_float_format(buf, x, 'r', 0, 0);
}

// "(re+imj)", or "imj" when the real part is zero; each part printed by `format` (which
// takes doubles; the single-precision one gets values that came from floats, so exactly).
typedef size_t (*format_fn)(char *buf, double x, char conv, int prec, unsigned flags);

static size_t complex_text(char *buf, double re, double im, format_fn format) {
    size_t n = 0;
    unsigned flags = 0;
    bool has_real = re != 0; // nan has one too
    if (has_real) {
        buf[n++] = '(';
        n += format(buf + n, re, 'g', RT_FLOAT_REPR_PREC, 0);
        flags = RT_FMT_PLUS;
    }
    n += format(buf + n, im, 'g', RT_FLOAT_REPR_PREC, flags);
    buf[n++] = 'j';
    if (has_real) {
        buf[n++] = ')';
    }
    buf[n] = '\0';
    return n;
}

size_t rt_complex_repr(char *buf, double re, double im) {
    return complex_text(buf, re, im, rt_float_format);
}

// ---- Single precision
//
// Stock's 32-bit-float ports use another algorithm (MicroPython's "approximate" one): scaling
// in float itself, by adding to the exponent field and multiplying or dividing by powf(5, n);
// at most 9 digits, 6 tried first; and when the text does not read back as x, a binary search
// on the last digits, keeping the closest. Float arithmetic here is IEEE single as on those
// ports' FPUs; powf(5, n) is taken as correctly rounded.

#if defined(FLT_EVAL_METHOD) && (FLT_EVAL_METHOD == 1 || FLT_EVAL_METHOD == 2)
#error "single-precision formatting needs float arithmetic evaluated in float"
#endif

enum {
    MAX_DIGITS_32 = 9,
    SAFE_DIGITS_32 = 6,
    EXP_OVERHEAD_32 = 7, // "+9e+99" and the sign
};

static uint32_t f32_bits(float f) {
    uint32_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

static float f32_from_bits(uint32_t b) {
    float f;
    memcpy(&f, &b, sizeof f);
    return f;
}

// powf(5, n), correctly rounded: 5^|n| is built from exact 64-bit powers (at most two
// roundings at 64 bits, far below a float's precision).
static float pow5_f32(int32_t n) {
    if (n > 55) {
        return f32_from_bits(0x7f800000u); // 5^56 > FLT_MAX
    }
    if (n < -70) {
        return 0.0f; // below half the smallest subnormal
    }
    uint32_t k = n < 0 ? (uint32_t)-n : (uint32_t)n;
    xp_t p = xp_from_u64(1);
    while (k > 0) {
        uint32_t step = k < 27 ? k : 27;
        uint64_t f = 1;
        for (uint32_t i = 0; i < step; i++) {
            f *= 5;
        }
        p = xp_mul(p, xp_from_u64(f));
        k -= step;
    }
    return xp_to_float(n < 0 ? xp_div(xp_from_u64(1), p) : p);
}

// num * 10^n as the 32-bit ports compute it: n added to the exponent field (wrapping in its 8
// bits, as a bit-field does, so that huge n can even give nan), then times or divided by 5^|n|.
static float decimal_exp32(float num, int32_t n) {
    if (n == 0 || num == 0) {
        return num;
    }
    uint32_t b = f32_bits(num);
    uint32_t field = (((b >> 23) & 0xffu) + (uint32_t)n) & 0xffu;
    float r = f32_from_bits((b & ~(0xffu << 23)) | (field << 23));
    if (n < 0 && n >= -10) {
        r /= pow5_f32(-n);
    } else {
        r *= pow5_f32(n);
    }
    return r;
}

static ptrdiff_t read_decimal32(const char *s, size_t len, float *out) {
    decimal_t d;
    ptrdiff_t n = scan_decimal(s, len, MANTISSA_MAX_32, &d);
    if (n >= 0) {
        *out = decimal_exp32((float)(uint32_t)d.mant, (int32_t)d.exp);
    }
    return n;
}

// A float to uint32 as an ARM FPU converts it (saturating, nan gives 0); C leaves values out
// of range undefined.
static uint32_t f32_to_u32(float f) {
    if (!(f > 0)) {
        return 0;
    }
    if (f >= 4294967296.0f) {
        return UINT32_MAX;
    }
    return (uint32_t)f;
}

static size_t convert32(char *out, float x, char fmt, int prec, char sign) {
    uint32_t bits = f32_bits(x);
    bool is_special = ((bits >> 23) & 0xff) == 0xff;
    bool is_nan = is_special && (bits & 0x7fffffu) != 0;
    if ((bits >> 31) && !is_nan) {
        bits &= 0x7fffffffu;
        sign = '-';
    }
    float f = f32_from_bits(bits);

    start_t st;
    size_t len;
    if (!start_text(&st, out, fmt, prec, sign, is_special, is_nan, MAX_DIGITS_32, &len)) {
        return len;
    }
    char *buf = st.buf;

    int e = 0;
    if (bits != 0) {
        e = (int)((float)((int)((bits >> 23) & 0xff) - 127) * 0.3010299956639812f);
        bool up = bits >= 0x3f800000u;
        while ((f >= decimal_exp32(1.0f, e + up)) == up) {
            e += up ? 1 : -1;
        }
    }
    const plan_t plan = plan_digits(&st, e, MAX_DIGITS_32, EXP_OVERHEAD_32);
    const layout_t lay = st.lay;
    const int max_digits = plan.max_digits;

    int n_digits = max_digits < SAFE_DIGITS_32 ? max_digits : SAFE_DIGITS_32;
    for (;;) {
        char *s = buf;
        int dec;
        int decexp = place_point(&lay, bits == 0, e, n_digits, plan.lead_zeros, &s, &dec);
        uint64_t cap = pow10_u64(n_digits);
        // The last one or two digits come from an integer factor, keeping the float scaled
        // value within its 24 bits.
        uint32_t m = 1;
        if (n_digits > SAFE_DIGITS_32 && decexp > 1) {
            if (n_digits > SAFE_DIGITS_32 + 1 && decexp > 2) {
                m = 100;
                decexp -= 2;
            } else {
                m = 10;
                decexp -= 1;
            }
        }
        m *= f32_to_u32(decimal_exp32(f, decexp) + 0.5f);
        int zeros = plan.trail_zeros + (max_digits - n_digits);
        char *end = put_mantissa(&lay, s, m, cap, n_digits, zeros, dec, e);

        // Read the text back; when it is not x, search the last digits for text that is.
        float check = 0;
        read_decimal32(buf, (size_t)(end - buf), &check);
        float diff = check - f;
        if (f32_bits(diff) == 0) {
            return (size_t)(end - out);
        }
        float best_diff = diff;
        uint32_t best_m = m;
        uint32_t step = n_digits > SAFE_DIGITS_32 ? 1u << (3 * (n_digits - SAFE_DIGITS_32)) : 1u;
        bool more_digits = false;
        for (int runs = 3 + 3 * (MAX_DIGITS_32 - SAFE_DIGITS_32); runs > 0; runs--) {
            m = (f32_bits(diff) >> 31) ? m + step : m - step;
            end = put_mantissa(&lay, s, m, cap, n_digits, zeros, dec, e);
            read_decimal32(buf, (size_t)(end - buf), &check);
            diff = check - f;
            if (f32_bits(diff) == 0) {
                break;
            }
            float delta = f32_from_bits(f32_bits(diff) & 0x7fffffffu) -
                          f32_from_bits(f32_bits(best_diff) & 0x7fffffffu);
            if ((f32_bits(delta) >> 31) || (f32_bits(delta) == 0 && m % 10 == 0)) {
                best_diff = diff;
                best_m = m;
            }
            if (step > 1) {
                step >>= 1;
                continue;
            }
            if (n_digits < max_digits) {
                more_digits = true;
            } else if (m != best_m) {
                end = put_mantissa(&lay, s, best_m, cap, n_digits, zeros, dec, e);
            }
            break;
        }
        if (!more_digits) {
            return (size_t)(end - out);
        }
        n_digits++;
    }
}

size_t rt_float32_format(char *buf, float x, char conv, int prec, unsigned flags) {
    bool times_100;
    char sign = plain_conv(&conv, &prec, &flags, &times_100);
    if (times_100) {
        x *= 100.0f;
    }
    return finish_text(buf, convert32(buf, x, conv, prec, sign), flags);
}

size_t rt_float32_repr(char *buf, float x) {
    return rt_float32_format(buf, x, 'r', 0, 0);
}

static size_t float32_format_wide(char *buf, double x, char conv, int prec, unsigned flags) {
    return rt_float32_format(buf, (float)x, conv, prec, flags);
}

size_t rt_complex32_repr(char *buf, float re, float im) {
    return complex_text(buf, re, im, float32_format_wide);
}

bool rt_float32_parse_str(const char *s, size_t len, float *out) {
    double re, im;
    bool is_imag;
    if (!parse_number(s, len, true, false, false, &re, &im, &is_imag)) {
        return false;
    }
    *out = (float)re;
    return true;
}

bool rt_float32_parse_literal(const char *s, size_t len, float *out, bool *is_imag) {
    double re, im;
    if (!parse_number(s, len, true, true, false, &re, &im, is_imag)) {
        return false;
    }
    *out = (float)(*is_imag ? im : re);
    return true;
}

bool rt_complex32_parse_str(const char *s, size_t len, float *re, float *im) {
    double r, i;
    bool is_imag;
    if (!parse_number(s, len, true, true, true, &r, &i, &is_imag)) {
        return false;
    }
    *re = (float)r;
    *im = (float)i;
    return true;
}
