# yield from: delegating to lists, strings, ranges, tuples, other generators and iterator
# classes; the value of the yield from expression being the sub-generator's return value;
# chains of delegation; and yield from an empty iterable.


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (None,), [], iter({"k": 1}))))


def inner():
    yield "i1"
    yield "i2"
    return "inner result"


def outer():
    result = yield from inner()
    yield "outer got " + result
    again = yield from inner()
    return again.upper()


g = outer()
print(list(g))
g = outer()
for _ in range(5):
    next(g)
try:
    next(g)
except StopIteration as s:
    print("outer returned", s.value)


def no_return():
    yield 1


def takes_none():
    r = yield from no_return()
    yield r


print(list(takes_none()))


def level(n):
    if n == 0:
        yield "bottom"
        return 0
    got = yield from level(n - 1)
    yield "level %d got %d" % (n, got)
    return got + n


def top():
    total = yield from level(5)
    yield "total %d" % total


print(list(top()))


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


def from_class():
    r = yield from Count(3)
    yield ("result", r)


print(list(from_class()))


def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, [5]]], 6], [[[]]], 7])))


def empty_then():
    yield from ()
    yield from []
    yield "after empties"


print(list(empty_then()))


def tree(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from tree(child, depth + 1)


t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in tree(t):
    print(line)
