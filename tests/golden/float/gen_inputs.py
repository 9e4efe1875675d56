#!/usr/bin/env python3
# Writes the inputs of the float golden tests into DIR (default: the current directory): tricky
# doubles (powers of ten and two and their neighbours, boundaries, subnormals, halfway cases,
# short decimals, random bit patterns from a fixed seed), the format specs and %-formats they
# are printed with, and the strings float() and complex() read. Deterministic: the same files on
# every run. gen_golden.sh runs stock MicroPython over them.
import math
import random
import struct
import sys


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def neighbours(x, n):
    # x and the n doubles on each side of it (finite ones only)
    b = bits(abs(x))
    out = []
    for d in range(-n, n + 1):
        if 0 <= b + d < 0x7FF0000000000000:
            out.append(from_bits(b + d))
    return out


def tricky_values(rng):
    vals = [0.0, -0.0, math.inf, -math.inf, math.nan, from_bits(0xFFF8000000000000)]
    vals += [5e-324, 1e-323, from_bits(0x000FFFFFFFFFFFFF), 2.2250738585072014e-308,
             1.7976931348623157e308, 1.0, 0.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, math.pi, math.e,
             2.675, 1.005, 0.125, 0.375, 1234.5, 2.5, 1.5, -2.5, 1e22, 1e23, 9007199254740993.0,
             2.0 ** 53, 2.0 ** 63, 2.0 ** 64, 123456789012345678.0, 6.02e23, 1.6e-19]
    for k in range(-325, 310):
        vals += neighbours(float("1e%d" % k), 1)
    for k in range(-1074, 1024, 7):
        vals += neighbours(2.0 ** k, 1)
    for k in range(0, 25):
        vals.append(float(10 ** k - 1))
        vals.append(float(10 ** k + 1))
        vals.append(10.0 ** k - 0.5)
    for k in range(1, 18):
        # 0.99..9 with k nines: rounds up to the next power of ten at lower precisions
        vals.append(float("0." + "9" * k))
        vals.append(float("9." + "9" * k))
    for n in range(1, 60):
        # exact binary halfway cases for %.Nf: m / 2^k
        k = rng.randrange(1, 12)
        vals.append(rng.randrange(1, 1 << 20) / (1 << k) + 0.5 / (1 << k))
    for i in range(300):
        # short decimals, as programs write them
        d = rng.randrange(1, 10 ** rng.randrange(1, 10))
        vals.append(float("%de%d" % (d, rng.randrange(-30, 30))))
    return vals


def random_values(rng, n):
    vals = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            b = rng.getrandbits(64)  # any bit pattern
            if (b >> 52) & 0x7FF == 0x7FF:
                b ^= 1 << 62
            vals.append(from_bits(b))
        elif kind == 1:
            vals.append(rng.random() * 10.0 ** rng.randrange(-8, 20))
        elif kind == 2:
            # 15..17 significant digits: the repr of most doubles
            nd = rng.randrange(15, 18)
            vals.append(float("%d.%de%d" % (rng.randrange(1, 10), rng.randrange(10 ** (nd - 2), 10 ** (nd - 1)),
                                           rng.randrange(-300, 300))))
        else:
            vals.append(from_bits(rng.getrandbits(52) | (rng.randrange(0x3C0, 0x440) << 52)))
    return vals


FORMAT_SPECS = [
    "", "r", "e", ".0e", ".1e", ".3e", ".10e", ".16e", ".17e", ".18e", ".20e", ".30e", "E",
    "f", ".0f", ".1f", ".2f", ".3f", ".5f", ".10f", ".16f", ".17f", ".20f", ".25f", ".30f", ".40f", "F",
    "g", ".0g", ".1g", ".2g", ".3g", ".5g", ".10g", ".15g", ".16g", ".17g", ".18g", ".19g", ".20g", ".25g",
    "G", ".99g", ".99f", ".99e", ".0", ".3", ".17", "n", "%", ".0%", ".3%",
    "+e", " .3f", "+g", "012.3f", "<14.2e", "^15g", "=+16.4f", "*>12.1f", "010,.2f", "011_.1f",
    "#.0f", "#g", "-.2f", "20", "0<20.3e",
    "d", "s", "x", "c", "+s", "+c", " c", "5q", "10.2fx", ".2.3f", "=",
    ".31f", ".32f", ".33f", ".100f", ".1000000f", ".100e", ".100g", "08,.1f", "012,.3f", "015_.2f",
    "40", "x^35.3e", "<<5", "==9",
]

# Specs applied to strings: padding, alignment, fill, precision, and the errors.
STR_SPECS = [
    "", "5", "<5", ">5", "^5", "^6", "*^7", "05", "0>5", "0^7", "=5", "+5", " s", "-s", ".1",
    ".0s", "3.1s", "x<4", "<", "#5", ",", "_5", "10.5", "d", "5q", "s", "<0", "0", "00", "-<8",
    "<<5", ">>5", "^^",
]
STR_ARGS = ["ab", "", "abcdef", "x y"]

PERCENT_SPECS = [
    "%e", "%.2e", "%E", "%f", "%.0f", "%.3f", "%.20f", "%F", "%g", "%.3g", "%.17g", "%G", "%r", "%s",
    "%10.3f", "%-10.3f|", "%010.3f", "%-010.3f|", "%+.2e", "% .2e", "%+010.2f", "%#.0f", "%#g", "%#.3e",
    "%.*f", "%*.2f", "%-+12.4g|", "% 012.5e", "%.100f", "%.40e", "%.0e", "%.0g", "%#.0e", "%-*.3e|",
    "%5.1s|", "%-12r|", "%.3r",
]


def exact_decimal(fr, nd):
    # nd significant digits of the positive Fraction fr, truncated, as "d.ddd...eX"
    n, d = fr.numerator, fr.denominator
    e = len(str(n)) - len(str(d))
    if n * 10 ** max(0, -e) < d * 10 ** max(0, e):
        e -= 1
    # scale so that there are nd digits before the point
    sh = nd - 1 - e
    v = n * 10 ** sh // d if sh >= 0 else n // (d * 10 ** -sh)
    s = str(v)
    return s[0] + "." + s[1:] + "e" + str(e)


def parse_inputs(rng, vals):
    from fractions import Fraction
    out = ["0", "-0", "1", "+1.5", "  2.5  ", "\t\n\v\f\r3.25\r\n", ".", "e5", "1e", "1e+", "1e-", "1e ",
           "1e+ ", "_", "1__0", "_1", "1_e5", "1e1_0", "inf", "-inf", "+INF", "Infinity", "-iNfInItY",
           "infinit", "infx", "nan", "-nan", "NaN", "+nAN", "nan(1)", "nanx", "+-1", "", " ", "-", "+",
           "0x10", "1.5j", "1j", "j", "1e-400", "1e400", "1e-5000", "1e5000", "0e999999999999",
           "1e999999999999", "1e-999999999999", "1.2.3", "1e5e5", "1e5.5", "--1", "1 2", "1\x00",
           "\x001", "١", "1.", "-.5", "+.e1", ".e1", "e", "E-3", "0.000", "000123", "1" + "0" * 400,
           "0." + "0" * 400 + "1", "1" * 30, "9" * 25, "0." + "9" * 25, "123456789012345678901234567890e-10",
           "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
           "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
           "2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993", "0.1e1_0",
           "1_000_000.000_001", "1e0010", "00000.00001e00005"]
    for x in vals:
        if math.isfinite(x) and x != 0:
            out.append(repr(x))
            out.append("%.17e" % x)
            fr = Fraction(abs(x))
            # 19..25 truncated exact digits, and the exact midpoint to the next double up
            out.append(exact_decimal(fr, rng.randrange(18, 26)))
            nx = math.nextafter(abs(x), math.inf)
            if math.isfinite(nx):
                mid = (fr + Fraction(nx)) / 2
                out.append(exact_decimal(mid, rng.randrange(17, 40)))
    for i in range(1200):
        nd = rng.randrange(1, 24)
        digs = "".join(rng.choice("0123456789") for _ in range(nd))
        p = rng.randrange(0, nd + 1)
        s = digs[:p] + "." + digs[p:] if rng.random() < 0.7 else digs
        if rng.random() < 0.5:
            s += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randrange(0, 330))
        if rng.random() < 0.1:
            s = rng.choice(["-", "+", " ", "  -"]) + s
        out.append(s)
    return out


COMPLEX_INPUTS = ["1", "1j", "j", "-j", "+J", "1+2j", "1-2j", "1.5e3-2.5e-3j", " 3-4.5e1J ", "1+j",
                  "2j+1", "1+2", "1 +2j", "(1+2j)", "inf+nanj", "-inf-infj", "nan", "1e5j", "1_0+2_0j",
                  "", " ", "j1", "1jj", "1+2j+3j", "+1-1j", "1e+2j", ".5j", "5.j", "-0-0j", "1e-400j"]


def escape(s):
    # printable ASCII as it is, every other byte of the UTF-8 text as \xHH
    return "".join(c if 32 < ord(c) < 127 and c != "\\" else "".join("\\x%02x" % b for b in c.encode())
                   for c in s)


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "."
    rng = random.Random(20240529)
    tricky = tricky_values(rng)
    rand = random_values(rng, 9000)
    spec_vals = tricky[:40] + rng.sample(tricky[40:], 200) + rand[:200]
    pct_vals = tricky[:40] + rng.sample(tricky, 200) + rand[:160]

    def write(name, lines):
        with open(out_dir + "/" + name, "w") as f:
            for line in lines:
                f.write(line + "\n")

    write("values_repr.in", ["%016x" % bits(x) for x in tricky + rand])
    write("values_spec.in", ["%016x" % bits(x) for x in spec_vals])
    write("values_percent.in", ["%016x" % bits(x) for x in pct_vals])
    write("specs_format.in", FORMAT_SPECS)
    write("specs_percent.in", PERCENT_SPECS)
    write("parse.in", [escape(s) for s in parse_inputs(rng, tricky[:700] + rand[:900])])
    write("complex.in", [escape(s) for s in COMPLEX_INPUTS])
    write("specs_str.in", STR_SPECS)
    write("str_args.in", [escape(s) for s in STR_ARGS])


main()
