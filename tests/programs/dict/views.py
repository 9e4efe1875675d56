# dict views: they follow later changes, support len/in/iteration, and convert to lists,
# tuples and sets.

d = {"a": 1, "b": 2}
ks = d.keys()
vs = d.values()
its = d.items()
print(len(ks), len(vs), len(its), sorted(ks), sorted(vs), sorted(its))
d["c"] = 3
del d["a"]
print(len(ks), sorted(ks), sorted(vs), sorted(its), "a" in ks, "c" in ks)

# Iteration over a dict and its views.
d2 = {i: chr(97 + i) for i in range(5)}
print(sorted(k for k in d2), sorted(v for v in d2.values()), sorted((v, k) for k, v in d2.items()))
total = 0
for k, v in d2.items():
    total += k * ord(v)
print(total)

# Conversions.
print(sorted(list(d2.keys())), sorted(tuple(d2.values())), sorted(set(d2.keys())), sorted(dict(d2.items()).items()))
print(sum(d2.keys()), max(d2.values()), min(d2.items()), any(k > 3 for k in d2), all(d2.values()))

# Views of an empty dict.
e = {}
print(list(e.keys()), list(e.values()), list(e.items()), len(e.items()))

# Set operations after converting keys to a set.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "w": 0}
print(sorted(set(a) & set(b)), sorted(set(a) | set(b)), sorted(set(a.keys()) - set(b.keys())))

# Zipping keys with values rebuilds the pairs.
print(sorted(zip(d2.keys(), d2.values())) == sorted(d2.items()))
