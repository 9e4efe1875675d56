# Comparisons between ints of every size, with floats and bools, and chained comparisons.

vals = [-(2 ** 100), -(2 ** 64), -(2 ** 31), -1, 0, 1, 2 ** 30, 2 ** 31, 2 ** 63, 2 ** 64, 2 ** 100]
for a in vals:
    print([(a < b) + 2 * (a == b) + 4 * (a > b) for b in vals])

ok = True
for a in vals:
    for b in vals:
        if (a < b) != (not a >= b) or (a <= b) != (not a > b) or (a != b) != (not a == b):
            ok = False
print("consistent", ok)

# Ints against floats.
print(1 == 1.0, 2 ** 53 == float(2 ** 53), 2 ** 52 + 1 == float(2 ** 52 + 1), 2 ** 54 > float(2 ** 53))
print(10 ** 20 == 1e20, 10 ** 20 < 1e21, -(10 ** 20) > -1e21, 3 < 3.5 < 4)
print(0 == -0.0, 0 < float("inf"), -(2 ** 200) > float("-inf"), 2 ** 200 < float("inf"))

# Ints against bools.
print(True == 1, False == 0, True > 0, 1 + True == 2, True < 2)

# Chains.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 5 == x == 5.0, x < 2 ** 70 < 2 ** 71 > x)

# sorted and min/max on mixed sizes.
mixed = [2 ** 65, -3, 7, -(2 ** 65), 0, 2 ** 64, 2.5, True]
print(sorted(mixed), min(mixed), max(mixed))

# Equality with non-numbers is False, ordering raises TypeError.
print(1 == "1", 1 != "1", 2 ** 70 == [2 ** 70], None == 0)
for other in ("1", None, [1]):
    try:
        print(1 < other)
    except TypeError:
        print("TypeError", type(other).__name__)
