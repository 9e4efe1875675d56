# Bitwise & | ^ ~ on small, big and negative integers (two's complement semantics).

vals = [0, 1, -1, 6, -6, 0xff, -256, 2 ** 40 + 3, -(2 ** 40) - 3, 2 ** 70 + 0x5a5a, -(2 ** 70)]
for a in vals:
    row = []
    for b in (0, -1, 0xf0f0, -0x1000, 2 ** 65 - 1, -(2 ** 66) + 7):
        row.append((a & b, a | b, a ^ b))
    print(a, ~a, row)

# Identities.
ok = True
for a in vals:
    for b in vals:
        if (a & b) + (a | b) != a + b:
            ok = False
        if (a ^ b) != (a | b) - (a & b):
            ok = False
        if ~(a & b) != (~a | ~b):
            ok = False
        if a ^ b ^ b != a:
            ok = False
    if ~a != -a - 1:
        ok = False
print("identities", ok)

# Masks extract fields of a big number.
n = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210
fields = []
for i in range(8):
    fields.append(hex((n >> (16 * i)) & 0xffff))
print(fields)

# Negative numbers masked to unsigned widths.
for x in (-1, -2, -(2 ** 31), -(2 ** 63), -(2 ** 100) + 1):
    print(hex(x & 0xffffffff), hex(x & 0xffffffffffffffff), x & (2 ** 128 - 1) == x % 2 ** 128)

# Population count by repeated masking.
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c

print([popcount(x) for x in (0, 1, 255, 2 ** 64 - 1, 2 ** 100 + 2 ** 50 + 1, 0x5555_5555_5555_5555_5555)])

# In-place forms.
a = 2 ** 65 + 0xf0
a &= ~0x30
print(a)
a |= 0xf
print(hex(a))
a ^= 2 ** 65
print(a)
