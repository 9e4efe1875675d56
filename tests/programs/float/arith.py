# Float arithmetic: + - * / ** with signs and with ints, unary ops and in-place forms.

pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 3.0), (1.0, 3.0), (0.1, 0.2), (1e10, 1e-10)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a * a, abs(a), -a, +a)

# Mixed int and float operands produce floats.
print(1 + 2.0, 3 * 0.5, 7 / 2, 2 ** 0.5, 10 - 0.25, 2.0 ** 3, 4 ** -1, 9 ** 0.5)
print(type(1 + 2.0).__name__, type(4 / 2).__name__, type(2 ** 2).__name__, type(2 ** -2).__name__)

# Big ints with floats.
big = 2 ** 80
print(big * 1.0, big / 2 ** 79, big + 0.5 == float(big), 1.0 * 10 ** 20, (10 ** 20) / 4)

# Exact binary fractions.
print(0.5 + 0.25 + 0.125, 1 - 0.5 ** 10, 3.75 * 4, 1.0 / 1024, 1024 * (1 / 1024))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 0.5 + 0.5 == 1.0)

# Accumulation.
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, round(s, 10))
t = 1.0
for i in range(10):
    t *= 1.5
print(t, t / 1.5 ** 10)

# In-place.
x = 10.0
x += 2.5
x -= 0.5
x *= 3
x /= 4
x **= 2
print(x)

# Powers.
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 3, (-2.0) ** -3, 0.0 ** 0, 1.5 ** 2, 100.0 ** 0.5, 8 ** (1 / 3) > 1.99)

# Negation and zero signs.
z = 0.0
print(-z, z * -1, -z + 0.0, z - z, -(z - z))
