# dict methods: get, setdefault, pop, popitem, update, keys/values/items, fromkeys, copy, clear.

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("d"), sorted(d.items(), key=lambda kv: kv[0]))
print(d.pop("d"), d.pop("zz", "dflt"), sorted(d))
try:
    d.pop("zz")
except KeyError:
    print("KeyError")

# popitem empties the dict one pair at a time.
p = {"x": 1, "y": 2, "z": 3}
got = []
while p:
    got.append(p.popitem())
print(sorted(got), p)
try:
    p.popitem()
except KeyError:
    print("KeyError")

# update from a dict, from pairs, from keywords, and from both.
u = {"a": 1}
u.update({"b": 2})
u.update([("c", 3), ("a", 10)])
u.update(d=4)
u.update({"e": 5}, f=6)
u.update()
print(sorted(u.items()))

# keys, values and items.
v = {3: "c", 1: "a", 2: "b"}
print(sorted(v.keys()), sorted(v.values()), sorted(v.items()), len(v.keys()), 2 in v.keys(), "b" in v.values())
print(("a" in v.items()), ((1, "a") in v.items()), ((1, "b") in v.items()))

# fromkeys with and without a value; the value is shared.
f = dict.fromkeys(["x", "y"])
g = dict.fromkeys("ab", 0)
h = dict.fromkeys(range(3), [])
h[0].append(1)
print(sorted(f.items()), sorted(g.items()), sorted(h.items()))

# copy is shallow.
orig = {"list": [1], "n": 1}
c = orig.copy()
c["n"] = 2
c["list"].append(2)
print(sorted(orig.items()), sorted(c.items()), c is orig)

# clear.
c.clear()
print(c, len(c), orig["n"])

# Method results.
print({}.update({}), {1: 2}.clear(), type({}.keys()).__name__ in ("dict_keys", "dict_view"))
