# Integer literals in every base, with underscores, and values on both sides of the small-int
# and machine-word limits.

print(0, 00, 0_0, 7, 1_000_000)
print(0x0, 0xff, 0XFF, 0xdead_beef, 0x7fffffff, 0x80000000)
print(0o0, 0o17, 0O777, 0o1_0)
print(0b0, 0b1, 0B1010, 0b1111_0000)

# Around 2**30, 2**31, 2**62, 2**63, 2**64 (where small ints end on various ports).
print(1073741823, 1073741824, 2147483647, 2147483648)
print(4611686018427387903, 4611686018427387904)
print(9223372036854775807, 9223372036854775808)
print(18446744073709551615, 18446744073709551616)
print(-1073741824, -1073741825, -4611686018427387904, -4611686018427387905)
print(-9223372036854775808, -9223372036854775809)

# Hex and binary literals past 64 bits.
print(0xffffffffffffffffffffffffffffffff)
print(0x1_0000_0000_0000_0000_0000)
print(0b1 << 0, 0b10000000000000000000000000000000000000000000000000000000000000000000)
print(0o7777777777777777777777777777777)

# A long decimal literal.
big = 123456789012345678901234567890123456789012345678901234567890
print(big)
print(big + 1, big - 1)
print(-big)
print(type(big).__name__, type(7).__name__)

# Literals in expressions and containers.
vals = [0x10, 0o10, 0b10, 10, 1_0]
print(vals, sum(vals))
print((0xff, -0xff, +0o17, ~0b101))
d = {0x1: "one", 2: "two"}
print(d[1], d[0b10])

# Leading zeros are allowed only for zero itself.
print(000, 0_000)
# Equal values written differently compare equal.
print(255 == 0xff == 0o377 == 0b11111111)
print(2**64 == 0x10000000000000000 == 18446744073709551616)
