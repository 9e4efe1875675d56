# Left and right shifts on small and big, positive and negative ints.

for x in (1, 5, -1, -5, 0, 255, -256):
    print(x, [x << n for n in (0, 1, 7, 29, 30, 31, 32, 62, 63, 64, 65, 100)])

for x in (2 ** 100, -(2 ** 100), 2 ** 100 + 12345, -(2 ** 100) - 1):
    print([x >> n for n in (0, 1, 10, 63, 64, 65, 99, 100, 101, 200)])

# Right shift of negatives rounds toward minus infinity.
for x in (-1, -2, -3, -7, -8, -9, -(2 ** 64), -(2 ** 64) - 1):
    print(x, x >> 1, x >> 3, x >> 70, x // 2 == x >> 1)

# Shift round trips.
v = 0x123456789abcdef
for n in (1, 8, 31, 33, 64, 90):
    print(n, (v << n) >> n == v, ((-v) << n) >> n == -v, hex((v << n) & 0xfff))

# Shifting variables by variables (no compile-time help).
a = 3
for n in range(0, 130, 13):
    b = a << n
    print(n, b, b >> n)

# Negative shift counts raise ValueError.
for x, n in ((1, -1), (2 ** 70, -3), (-5, -1)):
    for op in ("<<", ">>"):
        try:
            r = x << n if op == "<<" else x >> n
            print(op, r)
        except ValueError:
            print(op, "ValueError")

# In-place shifts.
y = 1
y <<= 100
print(y)
y >>= 99
print(y)
z = -(2 ** 80)
z >>= 79
print(z)
