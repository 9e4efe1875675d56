# Dict and set comprehensions: key/value expressions, filters, nested loops, duplicate keys,
# and the order in which key and value are evaluated.

print(sorted({x: x * x for x in range(5)}.items()), sorted({x % 3 for x in range(10)}))
print(sorted({k: v for k, v in zip("abc", range(3)) if v != 1}.items()))
print(sorted({(i, j): i * j for i in range(3) for j in range(3) if i < j}.items()))
print(sorted({c for w in ["hello", "world"] for c in w}))
print(sorted({w: len(w) for w in "a bb a ccc bb".split()}.items()))

# Later duplicates overwrite earlier ones.
print({x % 2: x for x in range(6)}[0], {x % 2: x for x in range(6)}[1])

# Keys and values are computed once per iteration.
calls = []


def k(x):
    calls.append(x)
    return x


d = {k(i): k(-i) for i in range(3)}
print(sorted(calls), sorted(d.items()))

# Nested comprehensions.
matrix = {i: {j: i + j for j in range(3)} for i in range(2)}
print(sorted((i, sorted(row.items())) for i, row in matrix.items()))
print(sorted(sorted(f) for f in {frozenset({i, i + 1}) for i in range(3)}))

# Inverting a mapping and grouping.
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(sorted(groups.items()))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(sorted(inv.items()))

# Variables do not leak out.
i = "kept"
_ = {i: i for i in range(2)}
_ = {i for i in range(2)}
print(i)
