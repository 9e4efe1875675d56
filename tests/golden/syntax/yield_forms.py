# Generators: yield as a statement and expression, bare yield, yield of
# tuples, send(), yield inside try/finally, and yield from delegation.


def counter(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def pairs():
    yield 1, 2
    yield (3, 4)
    yield


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def echo():
    received = []
    x = yield
    while x is not None:
        received.append(x)
        x = (yield len(received))
    yield received


def guarded():
    try:
        yield "start"
        yield "middle"
    finally:
        print("generator closed")


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def delegate():
    result = yield from accumulator()
    yield "inner returned %d" % result


print(list(counter(4)), list(pairs()))
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
e = echo()
next(e)
print(e.send("a"), e.send("b"), e.send(None))
g = guarded()
print(next(g))
g.close()
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
d = delegate()
next(d)
d.send(3)
d.send(4)
print(d.send(None))
print(list(x for x in counter(3)), sum(counter(101)))
