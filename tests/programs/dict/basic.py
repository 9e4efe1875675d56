# dict basics: displays, item get/set/delete, len, membership, KeyError, overwriting, and
# printing in a fixed order (iteration order is not compared).

d = {"one": 1, "two": 2, "three": 3}
print(len(d), d["two"], "one" in d, "four" in d, 1 in d, sorted(d), sorted(d.items()))
d["four"] = 4
d["one"] = 100
print(len(d), d["one"], sorted(d.items()))
del d["two"]
print(len(d), "two" in d, sorted(d))

try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args)
try:
    del d["missing"]
except KeyError:
    print("KeyError on del")

# Empty dict and a one-item dict print the same everywhere.
print({}, {"k": "v"}, {1: [2]}, {(1, 2): None}, len({}), bool({}), bool({0: 0}))

# Duplicate keys in a display: the last value wins.
dup = {"a": 1, "b": 2, "a": 3}
print(len(dup), dup["a"])

# Growing a dict far past its initial size, then shrinking it.
big = {}
for i in range(200):
    big[i] = i * i
print(len(big), big[0], big[199], sum(big.values()), 150 in big, 200 in big)
for i in range(0, 200, 2):
    del big[i]
print(len(big), sorted(big)[:5], big.get(2), big.get(3))
for i in range(0, 200, 2):
    big[i] = -i
print(len(big), big[198], big[199])

# Values can be anything, including other dicts.
tree = {"left": {"val": 1}, "right": {"val": 2, "kids": [3, 4]}}
tree["left"]["kids"] = []
print(tree["right"]["kids"][1], sorted(tree["left"].items()), len(tree))

# Keys computed at run time.
k = "t" + "wo"
e = {k: 2, k * 2: 22}
print(e["two"], e["twotwo"])
