# Conversions between ints and text: int() with bases, str/repr, bin/oct/hex, and errors.

print(int("0"), int("-0"), int("+17"), int("  42  "), int("\t-9\n"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("-ff", 16), int("777", 8), int("1010", 2), int("z", 36), int("Zz", 36))
print(int("0x1f", 16), int("0o17", 8), int("0b11", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("123", 0), int("-0x10", 0), int("0", 0))
for base in range(2, 37):
    print(base, int("10", base), int("11" * 10, base) % 1000003)

# Big values through strings.
s = "123456789" * 8
n = int(s)
print(n, str(n) == s, len(str(n)), str(-n)[:5])
print(int("1" + "0" * 60) // 10 ** 59, int("-" + "9" * 50) + 10 ** 50)
print(int("f" * 40, 16) == 16 ** 40 - 1, int("1" * 100, 2) == 2 ** 100 - 1)

# bin, oct, hex of assorted values.
for x in (0, 1, -1, 7, -8, 255, 256, -255, 2 ** 31, 2 ** 64 - 1, -(2 ** 64), 3 ** 50):
    print(x, bin(x), oct(x), hex(x))

# Round trips through the prefixed forms.
for x in (12345, -98765, 2 ** 77 + 1, -(3 ** 40)):
    print(int(bin(x), 0) == x, int(oct(x), 0) == x, int(hex(x), 0) == x, int(hex(x), 16) == x)

# str and repr agree for ints.
for x in (0, -5, 10 ** 20):
    print(str(x), repr(x), str(x) == repr(x))

# int() of ints, floats and bools.
print(int(7), int(-7.9), int(7.9), int(True), int(), int(1e18) == 10 ** 18, int(-2.0 ** 70) == -(2 ** 70))

# Bad input raises ValueError.
for text, base in (("", 10), ("12a", 10), ("1.5", 10), ("8", 8), ("0x", 16), ("-", 10), ("1 2", 10), ("2", 2)):
    try:
        print(int(text, base))
    except ValueError:
        print(repr(text), base, "ValueError")
