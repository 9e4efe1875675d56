# __call__: instances used as functions, with positional, keyword, star and default arguments,
# as callbacks and as decorators.


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


add3 = Adder(3)
print(add3(4), list(map(add3, [1, 2, 3])), callable(add3), callable(Adder))


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append((args, sorted(kwargs.items())))
        return len(self.calls)


rec = Recorder()
rec()
rec(1, 2)
rec(a=1)
rec(*[3, 4], **{"b": 2, "c": 3})
for c in rec.calls:
    print(c)


class Poly:
    def __call__(self, x, a=1, *rest, scale=10, **kw):
        return (x, a, rest, scale, sorted(kw))


p = Poly()
print(p(0))
print(p(0, 2, 3, 4, scale=5, z=1, y=2))


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0

    def __call__(self, *args):
        self.n += 1
        return self.fn(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.n)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))


class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x


inc_then_double = Compose(lambda v: v * 2, Adder(1))
print(inc_then_double(5), sorted([3, 1, 2], key=Compose(Adder(0), lambda v: -v)))


class Plain:
    pass


try:
    Plain()()
except TypeError:
    print("TypeError not callable")
print(callable(Plain()), callable(print), callable(3))
