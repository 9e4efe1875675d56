# iter and next: iterators over every builtin iterable, the default argument of next,
# StopIteration, iterators being their own iterators, and classes implementing the protocol.

for src in ([1, 2], (3, 4), "ab", b"cd", bytearray(b"e"), range(2), {5: "x"}, {6}, frozenset([7]), memoryview(b"h")):
    it = iter(src)
    got = []
    while True:
        v = next(it, StopIteration)
        if v is StopIteration:
            break
        got.append(v)
    print(type(src).__name__, got)

it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")

# Iterating a dict gives keys; items and values have iterators too.
d = {"k": 1}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))

# A class with __iter__ and __next__.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), next(iter(Countdown(1))), sum(Countdown(10)))

# A class with only __getitem__ is iterable through the sequence protocol.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


print(list(Squares()), 9 in Squares(), next(iter(Squares())))

# Generators are iterators.
def gen():
    yield "a"
    yield "b"


g = gen()
print(iter(g) is g, next(g), list(g), next(g, "end"))

# Errors.
for f in (lambda: iter(5), lambda: next([1]), lambda: iter(None)):
    try:
        print(f())
    except TypeError:
        print("TypeError")
