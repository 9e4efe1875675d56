# Float literal forms and the repr of common values (shortest round-trip digits).

print(1.0, 1., .5, 0.0, 0., 00.5, 1e3, 1E3, 1e-3, 1.5e+2, 2.5E-2, 1_000.5, 1e1_0, 0_1.5)
print(3.141592653589793, 2.718281828459045, 6.02214076e23, 1.602176634e-19)
print(0.1, 0.2, 0.3, 0.7, 1.1, 2.675, 4.35, 12345.678, 299792458.0)
print(1e15, 1e16, 1e22, 1e23, 123456789012345678.0, 1.5e300, 1e100, 1e-100)
print(1e-4, 1e-5, 2.5e-5, 0.00012, 123e-20, 1e-7)
print(1.7976931348623157e308, 2.2250738585072014e-308)
print(-0.0, -1.5, -1e-10, +2.5)
print(type(1.0).__name__, type(1e0).__name__, type(10e-1).__name__)

# Literals that are equal.
print(1.0 == 1. == 10e-1 == 0.1e1 == 1_0e-1, 1e3 == 1000.0, .5 == 0.5 == 5e-1)

# Repr round trips.
vals = [0.1, 1 / 3, 2 / 3, 1 / 7, 0.1 + 0.2, 0.3 - 0.1, 1e16, 9.999999999999999e22,
        1.4142135623730951, 2.0 ** 60, 2.0 ** 70, 1234567890123456789.0]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)

# Literals that overflow to infinity or underflow to zero.
print(1e400, -1e400, 1e-400, -1e-400)

# Integral floats print with '.0', huge ones with an exponent.
for e in range(12, 19):
    print(10.0 ** e, -(10.0 ** e))
print(float(2 ** 53), float(2 ** 53 + 1), 2.0 ** 63, 2.0 ** 64)
