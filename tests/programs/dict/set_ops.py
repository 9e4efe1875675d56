# Set algebra: | & - ^ and their method forms, in-place updates, subset/superset tests,
# disjointness, and comparisons between sets and frozensets.

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9, 9])), sorted(a.intersection(range(3))), sorted(a.difference("ab")), sorted(a.symmetric_difference((1, 7))))
print(a.isdisjoint(b), a.isdisjoint({9}), a.isdisjoint([]), {1, 2}.issubset(a), a.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset(b))

# Comparison operators.
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2} > {1}, {1, 2} >= {1, 3}, {1, 2} == {2, 1}, {1} != {1})
print(set() < {1}, set() <= set(), {1, 2} == frozenset([1, 2]), frozenset([1]) < {1, 2})

# In-place forms.
c = {1, 2, 3}
c |= {4}
print(sorted(c))
c &= {1, 2, 4, 8}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {2, 9}
print(sorted(c))
c.update([10, 11])
print(sorted(c))
c.intersection_update([4, 9, 10])
print(sorted(c))
c.difference_update({4})
print(sorted(c))
c.symmetric_difference_update([10, 12])
print(sorted(c))

# Operators need sets on both sides; the methods take any iterable.
for f in (lambda: {1} | [2], lambda: {1} & "a", lambda: {1} - (1,)):
    try:
        print(f())
    except TypeError:
        print("TypeError")

# Identities.
x = set(range(0, 20, 2))
y = set(range(0, 20, 3))
print((x | y) == (x - y) | (y - x) | (x & y), (x ^ y) == (x | y) - (x & y), len(x | y) == len(x) + len(y) - len(x & y))
