# frozenset: construction, immutability, hashing (as dict keys and set members), operators with
# sets and the type of the results.

f = frozenset([3, 1, 2, 3])
print(len(f), sorted(f), 2 in f, type(f).__name__, frozenset(), frozenset("aab") == frozenset("ab"))
g = frozenset(range(2, 6))
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g), type(f | g).__name__, type(f - g).__name__)
print(sorted(f.union([7])), sorted(f.intersection({1, 2})), f.issubset({1, 2, 3, 4}), f.isdisjoint(frozenset([9])))

# Hashable: usable as dict keys and in sets; equal frozensets are the same key.
d = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], len({frozenset([1]), frozenset([1]), frozenset([2])}))
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested, sorted(len(x) for x in nested))

# Equal to a set with the same elements.
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([1, 2]), frozenset([1]) != {1, 2})

# Immutable: no add or remove methods.
for name in ("add", "remove", "discard", "pop", "clear", "update"):
    print(name, hasattr(f, name))

# Copy of a frozenset, set from a frozenset.
s = set(f)
s.add(99)
print(sorted(s), sorted(f), frozenset(s) == f)

# Unhashable members are rejected.
try:
    frozenset([[1]])
except TypeError:
    print("TypeError")
