# math trigonometric and hyperbolic functions, angle conversion and atan2 quadrants, printed
# rounded to 6 places (with -0.000000 folded into 0).
import math


def r(x):
    s = "%.6f" % x
    return "0.000000" if s == "-0.000000" else s


angles = [0, 30, 45, 60, 90, 120, 180, 270, -45]
for deg in angles:
    rad = math.radians(deg)
    print(deg, r(rad), r(math.sin(rad)), r(math.cos(rad)), r(math.degrees(rad)))
for x in (0.0, 0.5, 1.0, -1.0):
    print(x, r(math.tan(x)), r(math.asin(x)), r(math.acos(x)), r(math.atan(x)))
for y, x in ((1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (1, 0), (0, 1)):
    print("atan2", y, x, r(math.atan2(y, x)), r(math.degrees(math.atan2(y, x))))
for x in (0.0, 0.5, 1.0, -2.0):
    print(x, r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)), r(math.asinh(x)))
print(r(math.acosh(1.0)), r(math.acosh(2.0)), r(math.atanh(0.5)))
# sin^2 + cos^2 == 1 and the double-angle identity, checked numerically.
print(all(abs(math.sin(t) ** 2 + math.cos(t) ** 2 - 1) < 1e-12 for t in range(-10, 10)))
print(all(abs(math.sin(2 * t) - 2 * math.sin(t) * math.cos(t)) < 1e-12 for t in range(10)))
try:
    math.asin(2)
except ValueError:
    print("ValueError asin")
