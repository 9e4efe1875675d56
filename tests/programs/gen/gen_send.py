# generator.send: the value of a yield expression, the first send that must be None, yield
# expressions used in arithmetic and calls, a running-average coroutine, an echo that answers
# each send, and send after exhaustion.


def echo():
    reply = None
    while True:
        received = yield reply
        if received is None:
            reply = "nothing"
        else:
            reply = received * 2


e = echo()
print(e.send(None), e.send(5), e.send("ab"), next(e), e.send([1]))

try:
    echo().send(1)
except TypeError:
    print("TypeError: first send must be None")


def averager():
    total = 0
    n = 0
    avg = None
    while True:
        value = yield avg
        total += value
        n += 1
        avg = total / n


avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 30, 40)])


def expressions():
    x = (yield 1) + 10
    y = [(yield 2), (yield 3)]
    z = str((yield 4))
    yield x, y, z


g = expressions()
print(next(g), g.send(1), g.send("a"), g.send("b"), g.send(99))


def accumulate():
    acc = []
    while True:
        item = yield len(acc)
        if item == "stop":
            return acc
        acc.append(item)


g = accumulate()
next(g)
for item in ("x", "y", "z"):
    print("size", g.send(item))
try:
    g.send("stop")
except StopIteration as s:
    print("returned", s.value)
try:
    g.send("more")
except StopIteration as s:
    print("exhausted", s.value)


def two_way(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got, "at", i)


g = two_way(4)
print(next(g), g.send("hello"), next(g), g.send("bye"))


# A yield used as a statement, result ignored.
def ignore():
    yield "a"
    yield "b"


g = ignore()
print(next(g), g.send("ignored"))
