# Equality of dicts: order does not matter, values compare by ==, nested dicts, and comparisons
# with other types. Ordering comparisons raise TypeError.

a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
c = {"x": 1, "y": [1, 2, 3]}
print(a == b, a != b, a == c, a != c, {} == {}, {1: 1} == {1: 1.0}, {1: "a"} == {1.0: "a"})
print({"k": {"n": 1}} == {"k": {"n": 1}}, {"k": {"n": 1}} == {"k": {"n": 2}}, {1: None} == {2: None})

# A dict never equals a list of pairs, a set of keys or None.
print(a == list(a.items()), {1: 2} == {1}, {} == [], {} == None)

# Built in different insertion orders.
d1 = {}
d2 = {}
for i in range(10):
    d1[i] = str(i)
for i in reversed(range(10)):
    d2[i] = str(i)
print(d1 == d2, sorted(d1) == sorted(d2))
d2[5] = "five"
print(d1 == d2)
del d2[5]
print(d1 == d2, len(d2))
d2[5] = "5"
print(d1 == d2)

# Ordering comparisons are not defined.
try:
    print({1: 2} < {1: 3})
except TypeError:
    print("TypeError")

# Dicts in lists and tuples compare element-wise.
print([{1: 2}] == [{1: 2}], ({1: 2}, 3) == ({1: 2}, 3), [{1: 2}] == [{1: 3}])
