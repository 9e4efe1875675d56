# Arithmetic on small integers: + - * // % ** and unary ops over sign combinations.

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 1), (100, 7)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))

# Unary operators.
for x in (0, 1, -1, 42, -42, 1073741823, -1073741824):
    print(x, -x, +x, ~x, abs(x), -(-x), ~~x)

# Powers of small ints.
for base in (-3, -2, -1, 0, 1, 2, 3, 10):
    print(base, [base ** e for e in range(6)])

# Mixed precedence.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 // 10 // 3, 100 // (10 // 3))
print(7 % 4 * 3, 7 * 4 % 3, -7 // 2 * 2 + -7 % 2)

# Identity a == (a // b) * b + a % b.
ok = True
for a in range(-20, 21):
    for b in (-7, -3, -1, 1, 2, 5, 9):
        if (a // b) * b + a % b != a:
            ok = False
        if b > 0 and not (0 <= a % b < b):
            ok = False
        if b < 0 and not (b < a % b <= 0):
            ok = False
print("divmod identity", ok)

# Variables, not constants, so the runtime does the work.
x = 12345
y = 678
print(x * y, x // y, x % y, x - y * 18, -x // y, -x % y)
z = x
z += 1
z *= 3
z -= 4
z //= 5
z %= 1000
print(z)
z **= 2
print(z)
