# StopIteration semantics: a generator's return value in StopIteration.value, a StopIteration
# raised inside a generator body turned into RuntimeError, StopIteration from next() on
# exhausted iterators, a for loop ending on StopIteration from a custom iterator, and next()
# with a default.


def returns(v):
    yield "once"
    return v


for v in (None, 0, "text", (1, 2), [3]):
    g = returns(v)
    next(g)
    try:
        next(g)
    except StopIteration as s:
        print(repr(s.value), s.args)


def leaks_stop():
    yield 1
    raise StopIteration("leaked")


try:
    print(list(leaks_stop()))
except RuntimeError:
    print("RuntimeError from StopIteration inside a generator")


def leaks_via_next():
    it = iter([])
    yield 1
    yield next(it)


g = leaks_via_next()
print(next(g))
try:
    next(g)
except RuntimeError:
    print("RuntimeError from next() inside a generator")
except StopIteration:
    print("StopIteration escaped")


def guarded_next():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean end"
        yield v


g = guarded_next()
print(list(g))
g = guarded_next()
next(g)
try:
    next(g)
except StopIteration as s:
    print("value", s.value)


class Three:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("ignored by for")
        return self.n


print([x for x in Three()], list(Three()), sum(Three()))
it = iter([1])
print(next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as s:
    print("exhausted list iterator", s.args)

# StopIteration can be raised and caught like any exception outside generators.
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, isinstance(s, Exception))


# A generator expression stops at the end of its source.
ge = (x * 2 for x in Three())
print(next(ge), list(ge), list(ge))
