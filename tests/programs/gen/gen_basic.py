# Generator functions: lazy execution (nothing runs before the first next), yields in loops and
# conditionals, local state kept between yields, exhaustion raising StopIteration every time
# after, independent generator objects, and generators consumed by builtins.

log = []


def counting(n):
    log.append("start")
    i = 0
    while i < n:
        log.append("yield %d" % i)
        yield i
        i += 1
    log.append("end")


g = counting(3)
print(log)
print(next(g), log)
print(next(g), next(g), log)
for _ in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", e.args)
print(log)


def evens_and_odds(n):
    for i in range(n):
        if i % 2:
            yield "odd", i
        else:
            yield "even", i


print(list(evens_and_odds(5)))

a, b = counting(2), counting(3)
print(next(a), next(b), next(b), next(a), list(b), list(a))

print(sum(counting(5)), max(counting(4)), sorted(counting(3), reverse=True), tuple(counting(0)))
print(list(zip(counting(3), "abc")), sorted(dict(evens_and_odds(3)).items()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])


def state():
    total = 0
    for word in ("a", "bb", "ccc"):
        total += len(word)
        yield word, total
    yield "total", total


print(list(state()))

# A generator is its own iterator.
g = counting(2)
print(iter(g) is g, type(g).__name__)
print(list(g), list(g))


def empty():
    return
    yield


def only_yield():
    yield


print(list(empty()), list(only_yield()))
print("x" in fib.__name__ or fib.__name__)
