# Products that overflow a machine word in every sign combination, checked by division.

factors = [3, 7, 46341, 65536, 65537, 2147483647, 2147483648, 3037000499, 3037000500,
           4294967295, 4294967296, 9223372036854775807]
ok = True
count = 0
for a in factors:
    for b in factors:
        for sa in (1, -1):
            for sb in (1, -1):
                x = a * sa
                y = b * sb
                p = x * y
                count += 1
                if p // y != x or p % y != 0 or (p < 0) != ((x < 0) != (y < 0)):
                    ok = False
                    print("bad", x, y, p)
print(count, ok)

# Some products shown in full.
print(46341 * 46341, 65536 * 65536, 3037000500 * 3037000500, -3037000500 * 3037000500)
print(2147483647 * 2147483647, 4294967296 * 4294967296, 9223372036854775807 * 2)
print(9223372036854775807 * 9223372036854775807, -9223372036854775808 * 9223372036854775807)

# Squares around sqrt(2**62) and sqrt(2**63).
for r in (2147483647, 2147483648, 3037000499, 3037000500):
    s = r * r
    print(r, s, s >= 1 << 62, s >= 1 << 63)

# Repeated doubling.
x = 1
seen = []
for i in range(70):
    x = x * 2
    if i % 10 == 9:
        seen.append(x)
print(seen)

# Multiplying by 0, 1 and -1 keeps values exact.
for v in (2 ** 62, 2 ** 63 - 1, -(2 ** 63), 10 ** 30):
    print(v * 1 == v, v * -1 == -v, v * 0, -1 * v * -1 == v)
