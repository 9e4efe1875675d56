# Default values are evaluated once, when the def statement runs: a mutable default shared across
# calls, the None idiom, defaults computed from variables that change later, defaults of nested
# functions evaluated each time the outer function runs, and the evaluation order of defaults.

def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def append_fresh(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_fresh(1), append_fresh(2))

value = "first"


def snapshot(v=value):
    return v


value = "second"
print(snapshot(), value)

order = []


def note(tag):
    order.append(tag)
    return tag


def many(a=note("a"), b=note("b"), *, c=note("c"), d=note("d")):
    return a + b + c + d


print(order, many())


def outer(n):
    def inner(k=n * 10):
        return k

    return inner


fns = [outer(i) for i in range(3)]
print([f() for f in fns])

counter = {"calls": 0}


def counted(x=counter):
    x["calls"] += 1
    return x["calls"]


print(counted(), counted(), counted({"calls": 100}), counter)


def loop_defs():
    out = []
    for i in range(3):
        def f(v=i * i):
            return v
        out.append(f)
    return [f() for f in out]


print(loop_defs())


# A default that is a dict shared between calls acts as a cache.
def fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = fib(n - 1) + fib(n - 2)
    return _cache[n]


print(fib(30), fib(10))

# Lambdas and defaults.
adders = [lambda x, k=k: x + k for k in (1, 10, 100)]
print([a(1) for a in adders])


# Defaults are evaluated even if never used.
order.clear()


def unused(p=note("p")):
    return "body"


print(order)
