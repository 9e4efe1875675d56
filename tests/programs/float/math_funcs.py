# The math module: constants, rounding functions, exp/log, trigonometry, and helpers.

import math


def r(x):
    # Ten significant digits hide last-bit differences between C libraries.
    return "%.10g" % x


print(r(math.pi), r(math.e), math.inf, -math.inf, math.isnan(math.nan))

for x in (2.5, -2.5, 2.0, -0.5, 0.0, 1e20, 7):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x), type(math.floor(x)).__name__)

for x in (0.0, 1.0, 2.0, 0.5, 10.0, 100.0):
    print(x, r(math.sqrt(x)), r(math.exp(x / 10)))

for x in (1.0, 2.0, 10.0, 0.5, 1024.0, 1e-5):
    print(x, r(math.log(x)), r(math.log10(x)), r(math.log2(x)), r(math.log(x, 3)))

for deg in (0, 30, 45, 60, 90, 180, 270, -45):
    rad = math.radians(deg)
    print(deg, r(math.sin(rad)), r(math.cos(rad)), r(math.degrees(rad)))

print(r(math.tan(0.5)), r(math.atan(1) * 4), r(math.atan2(1, -1)), r(math.atan2(-0.0, -1)))
print(r(math.asin(0.5)), r(math.acos(0.5)), r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(0.5)))
print(r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)))
print(math.pow(2, 10), math.pow(2, -1), math.pow(9, 0.5), r(math.expm1(1e-5)))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(7.5, -2), -7.5 % 2)
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1))
print(math.frexp(8.0), math.frexp(0.3), math.frexp(-1.0), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(3, -2))
print(math.modf(2.5), math.modf(-2.5), math.modf(3.0))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(25))
print(math.isclose(1.0, 1.0 + 1e-12), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(r(math.erf(0.5)), r(math.erfc(0.5)), r(math.gamma(5)), r(math.lgamma(10)))

# Domain errors raise ValueError.
for f, a in ((math.sqrt, -1.0), (math.log, 0.0), (math.log, -1.0), (math.acos, 2.0), (math.factorial, -1)):
    try:
        print(f(a))
    except ValueError:
        print("ValueError")
