# float() from strings, ints and bools; int() and round() from floats; str() of floats.

for s in ("0", "1.5", "-1.5", "  2.25  ", "1e3", "1E-3", ".5", "5.", "-.5", "+1.25e+2", "1_000.5",
          "inf", "-inf", "+inf", "INF", "Infinity", "-Infinity", "nan", "NaN", "-0", "-0.0", "00012.5"):
    print(repr(s), float(s))

for s in ("", "abc", "1.2.3", "1e", "--1", "1 2", "0x10"):
    try:
        print(float(s))
    except ValueError:
        print(repr(s), "ValueError")

print(float(0), float(-7), float(True), float(False), float(2 ** 60), float(-(10 ** 20)), float())
print(float(1.5), float(-0.0), float(2 ** 1000) > 1e300)

# int() truncates toward zero.
for f in (0.0, 0.4, 0.5, 0.9, 1.0, 1.5, 2.5, -0.4, -0.5, -1.5, -2.5, 1e15 + 0.5, 1e18, -1e20, 1.5e30):
    print(f, int(f), round(f), type(round(f)).__name__)

print(int(2.0 ** 63), int(-2.0 ** 63), int(2.0 ** 64), int(1e300) == 10 ** 300 or int(1e300) % 10 ** 10)

# Conversions that fail.
for f in (float("inf"), float("-inf")):
    try:
        int(f)
    except OverflowError:
        print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")

# str, repr and %-style of the same values.
for f in (0.1, 100.0, 1e16, 1.5e-7, -2.5, 1234.5678):
    print(str(f), repr(f), "%s" % f, "%r" % f, "%.3f" % f, "%g" % f)

# Floats as dict keys and list indices after conversion.
d = {1: "one", 2.5: "two and a half"}
print(d[1.0], d[2.5], [10, 20, 30][int(2.9)])
