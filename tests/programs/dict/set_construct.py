# Building sets: set() from iterables, set comprehensions, and sets built from dict keys,
# strings, ranges and generators.

print(sorted(set([3, 1, 3])), sorted(set("hello")), sorted(set(range(5))), sorted(set((1, 1, 2))), set())
print(sorted(set({"a": 1, "b": 2})), sorted(set(x % 3 for x in range(10))), sorted(set(iter([5, 5, 6]))))

sq = {n * n for n in range(-4, 5)}
print(sorted(sq), len(sq))
chars = {c.lower() for c in "Hello World" if c.isalpha()}
print(sorted(chars))
pairs = {(a, b) for a in range(3) for b in range(a)}
print(sorted(pairs))
mods = {n % 4 for n in range(100)}
print(sorted(mods))

# Set comprehension results are sets.
print(type({x for x in "ab"}).__name__, {x for x in []} == set())

# A set literal versus an empty dict.
print(type({}).__name__, type({1}).__name__, type(set()).__name__)

# Sets from nested data.
rows = [[1, 2], [2, 3], [3, 4]]
flat = {x for row in rows for x in row}
print(sorted(flat), sorted({tuple(r) for r in rows}))

# set() of a set copies it.
a = {1, 2}
b = set(a)
b.add(3)
print(sorted(a), sorted(b))

# Errors.
for f in (lambda: set(5), lambda: set([[]]), lambda: {x for x in [[1]]}):
    try:
        print(f())
    except TypeError:
        print("TypeError")
