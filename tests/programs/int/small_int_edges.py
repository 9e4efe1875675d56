# Values and operations right at the limits where small ints turn into big ints (30-, 31-,
# 62- and 63-bit payloads), computed at run time from variables.

edges = []
for k in (29, 30, 31, 32, 61, 62, 63, 64):
    p = 1 << k
    edges += [p - 1, p, p + 1, -p + 1, -p, -p - 1]

for x in edges:
    print(x, x + 1, x - 1, -x, x * 2, x // 2, x >> 1, x << 1, x & 0xff, abs(x))

# Multiplications whose result crosses a limit.
for k in (15, 16, 31, 32):
    a = (1 << k) - 1
    b = (1 << k) + 1
    print(k, a * a, a * b, -a * b, b * b)

# Negation of the most negative small int of each width.
for k in (30, 31, 62, 63):
    m = -(1 << k)
    print(k, -m, m // -1, m * -1, abs(m), m - 1)

# Addition overflow by one.
for k in (30, 62):
    top = (1 << k) - 1
    low = -(1 << k)
    print(top + 1, low - 1, top + top, low + low, top - low)

# Sums of many small values cross into big ints and come back.
acc = 0
for i in range(64):
    acc += 1 << i
print(acc, acc == (1 << 64) - 1)
for i in range(64):
    acc -= 1 << i
print(acc)

# Hex of the edges.
print([hex(x) for x in edges[:12]])
