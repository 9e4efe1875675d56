# Generators and comprehensions together: generators consumed by list, set and dict
# comprehensions, comprehensions inside generator bodies, generator expressions inside
# comprehensions, comprehension scopes seeing the generator's locals, and lambda generators.


def numbers(n):
    for i in range(n):
        yield i


print([x * 2 for x in numbers(4)], sorted({x % 3 for x in numbers(10)}))
print(sorted({x: x * x for x in numbers(4)}.items()))
print([list(numbers(i)) for i in numbers(4)])


def gen_with_comprehensions(rows):
    width = 3
    for r in rows:
        yield [c * width for c in range(r)]
        yield sorted({c for c in "ab" if c * r})


print(list(gen_with_comprehensions([0, 2])))


def nested(n):
    yield [sum(x for x in range(i)) for i in range(n)]
    yield sum(len([y for y in range(x)]) for x in numbers(n))


print(list(nested(5)))

# Each comprehension drives its own generator.
pairs = [(a, b) for a in numbers(3) for b in numbers(a)]
print(pairs)

# A comprehension capturing the generator's loop variable through a closure.
def closures():
    for i in range(3):
        yield [lambda j=j: i * 10 + j for j in range(2)]


print([[f() for f in fs] for fs in closures()])

# Generator lambdas.
gen_lambda = lambda n: (yield from range(n))
yield_lambda = lambda: (yield "from lambda")
print(list(gen_lambda(3)), next(yield_lambda()))

# A generator expression over a comprehension over a generator.
total = sum(v for v in [x * x for x in numbers(5)] if v % 2)
print(total)


# Comprehension in a generator that is closed mid-way.
def chunked(n):
    for start in range(0, n, 3):
        yield [i for i in range(start, min(start + 3, n))]


g = chunked(10)
print(next(g), next(g))
g.close()
print(list(chunked(7)))

# Generators built inside a comprehension, consumed later.
gens = [numbers(i) for i in range(4)]
print([list(g) for g in gens], [list(g) for g in gens])
