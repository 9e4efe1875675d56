# math: rounding functions, sqrt and pow, fabs, copysign, fmod, modf, frexp, ldexp, factorial and
# the constants, printed with fixed precision.
import math


def show(label, x):
    print(label, "%.6f" % x)


print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(math.trunc(3.9), math.trunc(-3.9), type(math.floor(1.5)).__name__, type(math.ceil(1.5)).__name__)
print(math.floor(7), math.ceil(-7), math.trunc(0.0))
show("pi", math.pi)
show("e", math.e)
show("tau", math.tau)
show("sqrt 2", math.sqrt(2))
print(math.sqrt(144), math.sqrt(0.25), math.pow(2, 10), math.pow(2, -1), math.pow(9, 0.5))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3)
print(math.modf(3.25), math.modf(-1.5), math.modf(2.0))
print(math.frexp(8.0), math.frexp(0.375), math.frexp(-3.0), math.frexp(0.0))
print(math.ldexp(0.75, 4), math.ldexp(1, -2), math.ldexp(-0.5, 3))
print([math.factorial(n) for n in range(8)], math.factorial(20))
for x in (0.5, 1.5, 2.5, -0.5, 3.49999):
    print(x, round(x), math.floor(x + 0.5))
try:
    math.sqrt(-1)
except ValueError:
    print("ValueError sqrt")
try:
    math.factorial(-1)
except ValueError:
    print("ValueError factorial")

# Newton's method against math.sqrt.
def newton(n):
    x = n
    for _ in range(20):
        x = (x + n / x) / 2
    return x


print(all(abs(newton(n) - math.sqrt(n)) < 1e-9 for n in range(1, 50)))
hyp = [math.sqrt(a * a + b * b) for a, b in ((3, 4), (5, 12), (8, 15))]
print(hyp, [h == int(h) for h in hyp])
