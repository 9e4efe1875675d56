# bool values in integer arithmetic and as ints in containers and formatting.

t, f = True, False
print(t + t, t - f, t * 7, f * 7, t / 2, t // 1, t % 2, -t, +t, ~t, ~f)
print(t << 4, t >> 1, t & 3, t | 4, 5 ^ t, f ^ 2)
print(type(t & 1).__name__, type(t | 0).__name__, type(t + f).__name__)
print(sum([True, True, False, True]), max(True, 0), min(False, -1))
print(2 ** 70 + True, 2 ** 70 * False, (2 ** 70) // True)
print(str(True), repr(False), int(True), float(False), "%d %s" % (True, False))
print(True == 1, True is True, False == 0, True != 2, 1 in [True], True in [1])

# bool() on ints.
for x in (0, 1, -1, 2 ** 70, -(2 ** 70), 0 * 2 ** 70):
    print(x, bool(x), not x, not not x)

# Bools as list indices and dict keys.
pair = ["no", "yes"]
print(pair[True], pair[False], pair[3 > 2])
d = {}
d[1] = "int one"
d[True] = "bool true"
d[0] = "int zero"
print(len(d), d[1], d[False])

# Counting with bools.
words = ["a", "bb", "", "ccc", ""]
print(sum(len(w) > 1 for w in words), sum(w == "" for w in words))

# Comparisons produce bools.
print(type(1 < 2).__name__, (1 < 2) + (2 < 3) + (3 < 1))
