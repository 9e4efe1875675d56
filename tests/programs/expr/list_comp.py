# List comprehensions: filters, nested loops, nested comprehensions, unpacking targets,
# comprehension over the results of other comprehensions, and loop-variable isolation.

print([x for x in range(5)], [x * x for x in range(5) if x % 2], [c for c in "hello" if c != "l"])
print([(x, y) for x in range(3) for y in range(x)], [x + y for x in "ab" for y in "12"])
print([x for x in range(20) if x % 2 if x % 3], [x for x in range(10) if x > 2 if x < 6 if x != 4])
print([[x * y for y in range(3)] for x in range(3)], [[c for c in w] for w in ("ab", "c")])
print([a * b for a, b in [(1, 2), (3, 4)]], [k + str(v) for k, (v, _) in [("a", (1, 0)), ("b", (2, 0))]])
print([y for row in [[1, 2], [3], []] for y in row], [len(s) for s in "a bb ccc".split()])
print([i for i in [j * 2 for j in range(4)] if i], [x for x in (y + 1 for y in range(3))])
print([None for _ in range(3)], [[]] * 2, [[] for _ in range(2)], [] == [x for x in ()])

# The loop variable does not leak.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)

# Comprehensions capture variables from the enclosing function.
def scale(seq, k):
    return [v * k for v in seq if v > k]


print(scale([1, 5, 2, 8], 2))

# Closures created in a comprehension see the final value of each comprehension's cell only
# when they share it; here each lambda gets its own value through a default argument.
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])

# The first iterable is evaluated in the enclosing scope, once.
calls = []


def src():
    calls.append(1)
    return [1, 2, 3]


print([a + b for a in src() for b in (10, 20)], len(calls))

# Large comprehensions and ones with conditional expressions.
big = [i % 7 if i % 2 else -(i % 5) for i in range(100)]
print(len(big), sum(big), big[:10])

# Comprehension over a dict and a string with enumerate/zip.
d = {"b": 2, "a": 1}
print(sorted([k * v for k, v in d.items()]), [i * c for i, c in enumerate("xyz")], [p + q for p, q in zip("ab", "cd")])
