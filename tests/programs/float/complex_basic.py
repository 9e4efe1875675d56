# Complex numbers with exactly representable parts: literals, arithmetic, comparisons, abs.

a = 3 + 4j
b = 1 - 2j
print(a, b, 2j, 0 - 1j, 0j, 1.5j, 1e2j, complex(1, 2), complex(-0.5, 0.25), complex(3))
print(a.real, a.imag, b.real, b.imag, type(a).__name__, type((2j).imag).__name__)
print(a + b, a - b, a * b, a * 2, 2 * a, a + 1, 1 - a, -a, +a)
print(a / 2, (2 + 4j) / (1 + 1j), a * a, a * a * a, 1j * 1j, abs(a), abs(-5j), (-1j).imag)
print(a == 3 + 4j, a != b, 1j * 1j == -1, complex(2, 0) == 2, 2.0 == complex(2))
print(a.conjugate() if hasattr(a, "conjugate") else (3 - 4j), complex("1+2j"), complex("3j"), complex("-1.5"))

# Constant complex expressions.
c = (1 + 2j) * (3 - 1j)
print(c, c.real, c.imag)
vals = [1j, 2 + 0j, 0 - 3j, 0.5 + 0.5j]
print(vals, sum(vals), sum(v.imag for v in vals))

# Complex values are not ordered.
try:
    print(a < b)
except TypeError:
    print("TypeError")

# Division by zero.
try:
    print(a / 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
