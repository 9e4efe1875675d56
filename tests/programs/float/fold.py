# Constant float expressions that a compiler may fold at compile time and store in the compiled
# file as text; each must come back as exactly the same double as the run-time computation.

import math


def rt(x):
    return x


folded = [
    1 / 3, 2 / 3, 1 / 7, 0.1 + 0.2, 0.3 - 0.1, 1.1 * 1.1, 2 ** 0.5, 10 ** -5, 2 ** -1074 * 2 ** 1000,
    1e308 * 10, -1e308 * 10, 1e-320, 1e-320 / 10, 2.0 ** 1023, 1.7976931348623157e308,
    123456789.123456789, 9007199254740993.0, 0.1 * 3, 1 - 1e-16, 1 + 2 ** -52, 4.35 * 100,
    math.pi * 2, math.e ** 2, math.pi / 180, -math.pi, math.tau if hasattr(math, "tau") else 6.283185307179586,
    7.0 // 2, 7.5 % 2, -7.5 % 2, -7.5 // 2, 2.0 ** 62, 3.0 * 2 ** 70, 1e22 + 1, 1e23,
]
computed = [
    rt(1) / rt(3), rt(2) / rt(3), rt(1) / rt(7), rt(0.1) + rt(0.2), rt(0.3) - rt(0.1), rt(1.1) * rt(1.1),
    rt(2) ** rt(0.5), rt(10) ** rt(-5), rt(2) ** rt(-1074) * rt(2) ** rt(1000), rt(1e308) * rt(10),
    -rt(1e308) * rt(10), rt(1e-320), rt(1e-320) / rt(10), rt(2.0) ** rt(1023), rt(1.7976931348623157e308),
    rt(123456789.123456789), rt(9007199254740993.0), rt(0.1) * rt(3), rt(1) - rt(1e-16),
    rt(1) + rt(2) ** rt(-52), rt(4.35) * rt(100), rt(math.pi) * rt(2), rt(math.e) ** rt(2),
    rt(math.pi) / rt(180), -rt(math.pi), rt(math.pi) * 2, rt(7.0) // rt(2), rt(7.5) % rt(2),
    rt(-7.5) % rt(2), rt(-7.5) // rt(2), rt(2.0) ** rt(62), rt(3.0) * rt(2) ** rt(70),
    rt(1e22) + rt(1), rt(1e23),
]
print(len(folded), len(computed))
for i in range(len(folded)):
    a = folded[i]
    b = computed[i]
    same = a == b or (a != a and b != b)
    if a != 0 and abs(a) < 1e-300:
        a = a * 2.0 ** 600 * 2.0 ** 474  # subnormals are shown as multiples of the smallest one
    print(i, same, a == float(repr(a)) or a != a, "%.6e" % a)

# Values whose shortest repr is long, written as literals.
lits = [0.30000000000000004, 2.2250738585072014e-308, 4.9406564584124654e-324, 1.0000000000000002,
        0.9999999999999999, 5e-324, 1.7976931348623157e+308, 8.98846567431158e307, 1e-7, 3.0000000000000004,
        1234567.8901234567, 0.1234567890123456789, 9.999999999999999e22, 1e21, 1e-5, 123e300]
for x in lits:
    print(x == float(repr(x)), x * 2 / 2 == x, "%.10e" % x if x > 1e-300 else x * 2.0 ** 600 * 2.0 ** 474)

# Folding must not turn a run-time error into a constant.
for f in (lambda: 1.0 / 0, lambda: 1 // 0.0, lambda: 1.5 % 0, lambda: 0.0 ** -1):
    try:
        print(f())
    except ZeroDivisionError:
        print("ZeroDivisionError")

# Signed zeros survive folding.
print(-0.0, 0.0 * -1, -(0.0), -0.0 + 0.0, math.copysign(1, -0.0), math.copysign(1, 0.0 * -1))
