# Tuples: construction, the one-element comma, concatenation, repetition, indexing, step-1
# slicing, index/count, comparison, hashing as dict keys, and immutability.

t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[0], t[-1], t[-1][1], t[1:3], t[:0], t[3:], type(t[1:2]).__name__)
print((), (1,), 1,  (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x * 2 for x in (1, 2)))
single = 7,
pair = 1, 2
print(single, pair, type(single).__name__, len(pair))

print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () * 10, (1, 2) * 0, (1, 2) * -1)
print(t.index("two"), t.count(None), (1, 2, 1, 1).count(1), (1, 2, 3, 2).index(2, 2))
print(3.0 in t, (5, 6) in t, 4 not in t)

# Comparisons.
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") <= (1, "a"))
print(max([(1, 2), (1, 3), (0, 9)]), min((3, 1), (2, 5)), sorted([(2, "b"), (1, "z"), (2, "a")]))

# Tuples as dict keys and set members.
grid = {(0, 0): "origin", (1, 2): "p", (-1, -1): "q"}
print(grid[(1, 2)], grid[0, 0], (1, 2) in grid, sorted(grid))
print(len({(1, 2), (1, 2), (2, 1)}))

# Immutability, but mutable items inside can change.
holder = ([], 1)
holder[0].append("x")
print(holder)
try:
    holder[1] = 2
except TypeError:
    print("TypeError")

# += on a tuple makes a new tuple.
a = (1,)
b = a
a += (2,)
print(a, b, a is b)

# Iteration, unpacking and conversion.
x, y, z = (10, 20, 30)
print(x + y + z, list(t[:2]), sum((1, 2, 3)), tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))))

# Errors.
for f in (lambda: t[10], lambda: (1,) + [2], lambda: t.index("missing"), lambda: (1, 2) < (1, "a")):
    try:
        print(f())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__)
