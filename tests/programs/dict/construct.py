# Ways to build dicts: dict() with pairs, keywords, mappings, zip, comprehensions, merging with
# update and the | and |= operators.

print(dict(), dict([("a", 1), ("b", 2)]) == {"a": 1, "b": 2}, sorted(dict(x=1, y=2).items()))
print(sorted(dict({"a": 1}, b=2).items()), sorted(dict(zip("abc", range(3))).items()), sorted(dict([["k", "v"]]).items()))
print(sorted(dict((str(i), i) for i in range(3)).items()), sorted(dict(((1, 2), (3, 4))).items()))

# Comprehensions.
sq = {n: n * n for n in range(6)}
print(sorted(sq.items()))
inv = {v: k for k, v in sq.items()}
print(sorted(inv.items()))
ev = {n: "even" if n % 2 == 0 else "odd" for n in range(5) if n != 2}
print(sorted(ev.items()))
pairs = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(sorted(pairs.items()))
lens = {w: len(w) for w in "the quick brown fox".split()}
print(sorted(lens.items()))

# Merging.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
m = dict(a)
m.update(b)
print(sorted(m.items()), sorted((a | b).items()), sorted((b | a).items()))
a |= b
print(sorted(a.items()))
a |= [("w", 0)]
print(sorted(a.items()))

# A copy made with dict() is independent.
c = dict(b)
c["z"] = 0
print(b["z"], c["z"])

# Errors.
for f in (lambda: dict([1, 2]), lambda: dict([("a",)]), lambda: dict(5)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
