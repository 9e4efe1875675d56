# math special values and functions: inf and nan, isinf/isnan/isfinite, isclose, exp and the
# logarithms (with bases), expm1, gamma and lgamma, erf and erfc, printed rounded.
import math


def r(x):
    return "%.6f" % x


inf = math.inf
nan = math.nan
print(inf, -inf, nan, inf > 1e308, -inf < -1e308, nan == nan, nan != nan)
print(math.isinf(inf), math.isinf(-inf), math.isinf(1e308), math.isnan(nan), math.isnan(inf))
print(math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan), math.isinf(float("-inf")))
print(inf + 1, inf - inf == inf, 0 * inf == 0, math.isnan(inf * 0), min(inf, 3), max(-inf, -3))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.0001))
print(math.isclose(1, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-10, abs_tol=1e-9))
print(r(math.exp(1)), r(math.exp(-1)), r(math.exp(0)), r(math.expm1(1e-5)))
print(r(math.log(math.e)), r(math.log(100, 10)), r(math.log(8, 2)), r(math.log(1)))
print(r(math.log10(1000)), r(math.log2(1024)), r(math.log2(3)), r(math.log10(0.001)))
print([r(math.gamma(n)) for n in (1, 2, 3, 4, 5, 0.5)])
print(r(math.lgamma(10)), r(math.lgamma(0.5)))
print(r(math.erf(0)), r(math.erf(1)), r(math.erfc(1)), r(math.erf(-0.5) + math.erfc(-0.5)))
for bad in (0, -1):
    try:
        math.log(bad)
    except ValueError:
        print("ValueError log", bad)
print(float("inf") == inf, str(float("-inf")), math.copysign(1, -0.0), math.fabs(-inf))
