# Closures: counters, memoisation, function factories, late binding and
# closures over loop variables captured through default arguments.


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def make_multipliers():
    late = [lambda x: x * i for i in range(4)]
    early = [lambda x, i=i: x * i for i in range(4)]
    return late, early


def accumulate():
    items = []

    def push(x):
        items.append(x)
        return len(items)

    def pop():
        return items.pop()

    def peek():
        return items[-1] if items else None

    return push, pop, peek


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x

    return run


print(fib(60), fib(30))
late, early = make_multipliers()
print([f(10) for f in late], [f(10) for f in early])
push, pop, peek = accumulate()
push(1)
push(2)
print(peek(), pop(), peek(), pop(), peek())
inc_then_double = compose(lambda v: v * 2, lambda v: v + 1)
print(inc_then_double(5))
