# Float comparisons: ordering, equality with ints, signed zeros, infinities and NaN.

inf = float("inf")
nan = float("nan")
vals = [-inf, -1e300, -1.5, -0.0, 0.0, 1e-300, 0.5, 1, 2 ** 70, inf]
for a in vals:
    print([(a < b) + 2 * (a == b) + 4 * (a > b) for b in vals])

# NaN is unordered and unequal to everything, itself included.
for other in (nan, 0.0, inf, -inf, 1, 2 ** 80):
    print(nan == other, nan != other, nan < other, nan > other, nan <= other, nan >= other)
x = nan
print(x == x, x != x, x is x)

# Signed zeros compare equal.
print(0.0 == -0.0, -0.0 < 0.0, str(-0.0), str(0.0 * -1))

# Chains over floats.
print(0.0 < 0.1 < 0.2 < 0.30000000000000004, 1.0 == 1 == True, -inf < -1e308 < 0 < 1e308 < inf)

# min, max and sorted with ints and floats mixed.
mixed = [3, 2.5, -1, -1.5, 0.0, 10 ** 20, 1e19]
print(sorted(mixed), min(mixed), max(mixed), sorted(mixed, reverse=True)[:3])

# Equal values of different types: the first one found is returned.
print(max(1, 1.0), max(1.0, 1), min(0, -0.0, 0.0), min(-0.0, 0))

# Ints and floats that are exactly equal.
for k in (0, 1, 52, 53, 60, 100):
    print(k, 2 ** k == 2.0 ** k, 2 ** k < 2.0 ** (k + 1), -(2 ** k) == -(2.0 ** k))

# Comparison with non-numbers.
print(1.5 == "1.5", 1.5 != None, 0.0 == [])
try:
    print(1.5 < "a")
except TypeError:
    print("TypeError")
