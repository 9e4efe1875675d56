# Iteration protocol on classes: __iter__ returning self with __next__, __iter__ returning a
# generator, StopIteration ending loops, iterators used by builtins, and the old __getitem__ form.


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


print(list(Countdown(4)))
for v in Countdown(3):
    print("v", v)
it = Countdown(2)
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y


r = Range2D(3, 2)
print(list(r))
# A fresh iterator each time, since __iter__ is a generator function.
print(len(list(r)), sum(x + y for x, y in r))
print(sorted(dict(zip(Countdown(3), "abc")).items()))
print(sorted(Countdown(5)), max(Countdown(6)), min(Countdown(3)), sum(Countdown(4)))
print(list(enumerate(Countdown(2))), tuple(Countdown(3)), set(Countdown(2)) == {1, 2})
print([a * b for a, b in zip(Countdown(3), Countdown(5))])
print(" ".join(str(v) for v in Countdown(3)))
x, y, z = Countdown(3)
print(x, y, z)
print(any(v > 3 for v in Countdown(4)), all(v > 1 for v in Countdown(3)))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


f = Fib(50)
print(list(f), list(f))


class Old:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i


print(list(Old()), 9 in Old(), 5 in Old())
for sq in Old():
    print("sq", sq)


class Stopper:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


for _ in Stopper():
    print("never")
else:
    print("empty loop else")
print(list(Stopper()), [v for v in Stopper()])
