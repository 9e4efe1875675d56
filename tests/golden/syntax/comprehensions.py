# List, set and dict comprehensions and generator expressions with several
# for and if clauses, nested comprehensions and tuple targets.

words = ["apple", "bob", "kayak", "level", "python", "noon"]
print([w.upper() for w in words])
print([w for w in words if list(w) == list(w)[::-1] if len(w) > 3])
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print([c for w in words if len(w) < 5 for c in w if c in "aeiou"])
print(sorted({len(w) for w in words}))
print(sorted({w[0]: len(w) for w in words}.items()))
print(sorted({k: v for k, v in zip("abc", range(3)) if v}.items()))
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print([x for row in [[1, 2], [3], []] for x in row])
print(sum(x * x for x in range(10) if x % 3 == 0))
print(list(a + b for a, b in zip([1, 2], [10, 20])))
print(max((len(w), w) for w in words))
print([i for i in range(20) if i % 2 if i % 3 if i > 1])
gen = (n * n for n in range(5))
print(next(gen), next(gen), list(gen))
print([y for x in range(4) for y in range(x) for z in range(y) if z == 0])
print([(lambda v: v + 1)(v) for v in range(3)], [v for v in (1, 2)])
print(dict((k, k * 2) for k in range(3)) == {0: 0, 1: 2, 2: 4})
