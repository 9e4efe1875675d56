# for-loop targets: tuples, lists, nested tuples, starred names in every position, a single-item
# tuple, subscripts, attributes and slices as targets, and the errors raised by a wrong count.

for a, b in [(1, 2), [3, 4], "xy"]:
    print(a, b)
for (a, b), c in [((1, 2), 3), ("ab", "c")]:
    print(a, b, c)
for [a, [b, c]] in [(1, (2, 3))]:
    print(a, b, c)
for a, in [(1,), [2]]:
    print(a)
for first, *rest in ["abc", [1], (1, 2)]:
    print(first, rest)
for *init, last in ["abc", [1]]:
    print(init, last)
for a, *mid, z in [range(5), "xy"]:
    print(a, mid, z)
for (a, *b), c in [((1, 2, 3), 4)]:
    print(a, b, c)

# Subscript and attribute targets.
buf = [0, 0, 0]
for buf[0] in range(3):
    pass
print(buf)
d = {}
for d["k"], d["v"] in [(1, 2), (3, 4)]:
    pass
print(sorted(d.items()))


class Obj:
    pass


o = Obj()
for o.x, o.y in [("a", "b")]:
    pass
print(o.x, o.y)
for buf[1:], i in [([7, 8, 9], 5)]:
    pass
print(buf, i)

# Enumerate and zip with nested unpacking.
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
for (x1, y1), (x2, y2) in zip([(0, 0), (1, 1)], [(5, 5), (6, 7)]):
    print(x2 - x1, y2 - y1)


# Wrong counts raise ValueError; a non-iterable item raises TypeError.
def attempt(items):
    try:
        for a, b in items:
            pass
        return "ok"
    except ValueError:
        return "ValueError"
    except TypeError:
        return "TypeError"


print(attempt([(1, 2)]), attempt([(1,)]), attempt([(1, 2, 3)]), attempt([5]))


def attempt_star(items):
    try:
        for a, *b, c in items:
            pass
        return "ok"
    except ValueError:
        return "ValueError"


print(attempt_star(["ab"]), attempt_star(["a"]))

# The target is assigned before the body runs each time; names persist after the loop.
for p, q in [(1, 2), (3, 4)]:
    p, q = q, p
print(p, q)
