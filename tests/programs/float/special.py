# Infinities and NaN: arithmetic, propagation, formatting and the math predicates.

import math

inf = float("inf")
ninf = float("-inf")
nan = float("nan")

print(inf, ninf, nan, -inf, -nan, repr(inf), str(ninf))
print(inf + 1, inf - 1e308, inf * 2, inf / 1e308, -inf * -1, inf * -0.5)
print(inf + inf, inf * inf, inf - inf, inf / inf, inf * 0, 0 * ninf)
print(1 / inf, -1 / inf, 5 % inf, -5 % inf if False else "skip", inf // 1 if False else "skip")
print(nan + 1, nan * 0, nan - nan, nan ** 0, 1 ** nan, pow(nan, 0))
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10 > 0, 1e-308 / 1e300)
print(math.inf == inf, -math.inf == ninf, math.isnan(math.nan))

for v in (0.0, -0.0, 1.0, 1e308, inf, ninf, nan):
    print(v, math.isinf(v), math.isnan(v), math.isfinite(v), math.copysign(1.0, v) if v == v else "nan")

# NaN in containers is never found by an equality search.
lst = [1.0, 2.0]
print(float("nan") in lst, lst.count(float("nan")), lst.index(2.0))

# min and max with infinities.
print(min(inf, 1e308), max(ninf, -1e308), sorted([inf, -1, ninf, 0]))

# abs and negation.
print(abs(ninf), abs(-0.0), -ninf, abs(nan))

# Comparisons with big ints that fit a double.
print(inf > 10 ** 300, ninf < -(10 ** 300), 10 ** 300 < inf)
