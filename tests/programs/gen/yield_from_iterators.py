# yield from over iterators that are not generators: next() works, send(None) works, send of a
# value to an iterator without send() raises AttributeError, throw and close reach the outer
# generator only; an iterator class with its own send() receives the values; the return value
# is StopIteration's value.


def over_list():
    r = yield from [1, 2, 3]
    yield ("returned", r)


g = over_list()
print(next(g), g.send(None), next(g), next(g))

g = over_list()
next(g)
try:
    g.send("value")
except AttributeError:
    print("AttributeError: list iterator has no send")

g = over_list()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("throw propagated", e.args)
print(list(g))

g = over_list()
next(g)
print(g.close(), list(g))


class Sendable:
    def __init__(self):
        self.n = 0
        self.got = []

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.got)
        return self.n

    def send(self, v):
        self.got.append(v)
        return self.__next__()


def delegate():
    r = yield from Sendable()
    yield ("returned", r)


g = delegate()
print(next(g), g.send("x"), g.send("y"), g.send("z"))


class Throwable(Sendable):
    def throw(self, exc):
        self.got.append("throw " + type(exc).__name__)
        return -1


def delegate_throw():
    r = yield from Throwable()
    yield r


g = delegate_throw()
print(next(g), g.throw(KeyError("k")), next(g), next(g), next(g))


def over_string():
    yield from "ab"
    yield from b"\x01\x02"
    yield from range(3, 0, -1)
    yield from {"only": 1}


print(list(over_string()))

# yield from over an exhausted iterator gives no values and returns None.
it = iter([])


def over_empty():
    r = yield from it
    yield r


print(list(over_empty()))
