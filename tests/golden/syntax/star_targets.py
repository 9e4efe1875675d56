# Starred assignment targets in every position MicroPython accepts: plain
# assignment, nested tuples and lists, for-loop targets and with-targets.
# Starred expressions in calls are covered here as well.

a, *b = 1, 2, 3
*c, d = [4, 5, 6]
e, *f, g = "xyzw"
[*h] = range(3)
*i, = (7, 8)
(j, *k), l = [9, 10, 11], 12
m, [n, *o] = 13, (14, 15, 16)
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)
for first, *others in [(1, 2, 3), (4,), "ab"]:
    print(first, others)
for (x, *y), z in [((1, 2, 3), 4)]:
    print(x, y, z)


class Pair:
    def __enter__(self):
        return [1, 2, 3, 4]

    def __exit__(self, *args):
        pass


with Pair() as (p, *q):
    print(p, q)
args = [3, 1, 2]
print(*args, sep="-")
print(max(*args), min(*args, 0), *sorted(args))
