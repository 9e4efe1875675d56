# Generator expressions: laziness, single use, as the sole argument of a call, with filters
# and nested loops, and feeding sum/min/max/any/all/sorted/tuple/dict.

g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))

print(sum(x for x in range(10)), sum((x for x in range(10)), 100), max(len(w) for w in "a bbb cc".split()))
print(min(x % 7 for x in range(20, 30)), any(x > 8 for x in range(10)), all(x < 8 for x in range(10)))
print(sorted((c for c in "banana"), reverse=True), tuple(i for i in "ab"), dict((i, i * i) for i in range(3)))
print(list(x + y for x in "ab" for y in "cd" if y != "c"), set(x % 3 for x in range(9)) == {0, 1, 2})
print("-".join(str(n) for n in range(5)), list(zip((i for i in range(3)), "abc")))

# Lazy: nothing is computed until the generator is consumed.
log = []


def f(x):
    log.append(x)
    return x


gen = (f(x) for x in range(3))
print(log)
print(next(gen), log)
print(list(gen), log)

# The first iterable is evaluated immediately, the rest lazily.
def first():
    log.append("first")
    return range(2)


log.clear()
gen2 = (a * b for a in first() for b in [f(10)])
print(log)
print(list(gen2), log)

# Exhausted generators raise StopIteration in next() and give nothing more.
e = (i for i in [1])
print(next(e), next(e, "done"))
try:
    next(e)
except StopIteration:
    print("StopIteration")

# Early termination: any() stops consuming.
consumed = []
print(any(consumed.append(i) or i == 2 for i in range(10)), consumed)

# Generator expressions close over the enclosing scope.
def scaled(k):
    return list(v * k for v in range(4))


print(scaled(3))
