# Expressions made of literals only, which a compiler may fold or partially evaluate: logical
# operators on constants, constant conditions in if/while, unary chains, mixed int/float
# arithmetic, and operations that must stay run-time errors.

def rt(x):
    return x


# Logical operators with constant operands keep Python's result values.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, not 0, not 5, not not 0, True and False, None or "d")
print(1 and 2 and 3 and 0, 0 or "" or None or [], 0 or 1 and 2, not (1 and 0), (0 or 0) or 7)
print(rt(1) and 2, 0 or rt(2), 1 and rt(0) or 3, 0 and rt(1 / 1))

# Constant branches are taken or skipped.
if 1:
    print("if 1")
if 0:
    print("never")
else:
    print("else of if 0")
if not 0:
    print("if not 0")
if 0 or 0.0 or "":
    print("never")
elif 2 ** 70:
    print("elif big")
if "nonempty" and (1,):
    print("truthy consts")
n = 0
while 1:
    n += 1
    if n == 3:
        break
print(n)
while 0:
    print("never")
while False:
    print("never")
else:
    print("while False else")

# Unary chains and mixed numeric constants.
print(- - -1, + + +1, ~ ~ ~1, not - 1, -(-(2 ** 63)), ~-(2 ** 64), -0, -0.0, +0.0, - 0 == 0)
print(1 + 2.5, 3 * 1.5, 7 / 2, 2 ** 0.5 * 2 ** 0.5 > 1.99, 10 // 4.0, -10 % 3.0, 1e3 + 1, 2 ** 10 * 1.0)
print(0x10 + 0o10 + 0b10 + 10, 1_000 * 1_000, 255 & -256, -1 & 0xff, -1 >> 10, 1 << 0)
print(3 * "ab", "ab" * 3, (1, 2) * 2, [0] * 3, "x" + "y", (1,) + (2,), b"a" * 2)
print(5 == 5.0, 1 < 2, "a" < "b", (1, 2) < (1, 3), 3 in (1, 2, 3), "b" in "abc", None is None)

# Operations that fail at run time must still fail (and not break compilation).
for f in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 0 ** -1, lambda: 1 << -1,
          lambda: -1 >> -1, lambda: "a" + 1, lambda: 1 + "a", lambda: [] + (), lambda: 2 ** 70 % 0,
          lambda: 1.5 // 0.0, lambda: ~1.5, lambda: -"a", lambda: (1, 2)[5], lambda: "abc"[10]):
    try:
        print(f())
    except (ZeroDivisionError, ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)

# Results around the small-int limits.
print(0x3fffffff + 1, -0x40000000 - 1, 0x3fffffffffffffff + 1, -0x4000000000000000 - 1)
print(2 ** 30 * 2, 2 ** 62 * 2, -(2 ** 62) * 2, (2 ** 31) ** 2, (-2) ** 63, (-2) ** 64)
print(46341 * 46341, 3037000500 * 3037000500, 2 ** 64 // 2 ** 33, -(2 ** 64) // 2 ** 33)
print(1 << 29 << 1 << 1, (1 << 62) >> 31 >> 31, ~(1 << 62), -(1 << 62) - (1 << 62))
print(1 << 200 >> 199, (2 ** 100 + 1) % 2 ** 50, (10 ** 20 | 1) ^ 10 ** 20, -(10 ** 20) & 0xffff)
