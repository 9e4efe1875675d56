# Closures: counters and accumulators, closures sharing one cell, a cell rebound after the
# closure is made, closures over parameters, over loop variables (late binding) and over
# variables of several enclosing levels, and independent cells per call.


def counter(start=0):
    n = start

    def inc(step=1):
        nonlocal n
        n += step
        return n

    return inc


c1, c2 = counter(), counter(100)
print(c1(), c1(), c1(5), c2(), c1())


def pair():
    value = []

    def put(v):
        value.append(v)

    def get():
        return list(value)

    return put, get


put, get = pair()
put(1)
put(2)
print(get())


def rebinding():
    x = "before"
    f = lambda: x
    x = "after"
    return f()


print(rebinding())


def param_capture(a, b):
    def add():
        return a + b

    a = a * 10
    return add


print(param_capture(1, 2)())


def levels():
    a = 1

    def l2():
        b = 2

        def l3():
            c = 3

            def l4():
                return a + b + c

            return l4

        return l3

    return l2


print(levels()()()())


# Each call makes new cells.
makers = [counter(i * 10) for i in range(3)]
print([m() for m in makers], [m() for m in makers])


def loop_closures():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [f() for f in fns]


def loop_closures_bound():
    fns = []
    for i in range(3):
        def make(j):
            return lambda: j
        fns.append(make(i))
    return [f() for f in fns]


print(loop_closures(), loop_closures_bound())


def closure_over_closure():
    def base(x):
        return x * 2

    def wrap(y):
        return base(y) + 1

    return wrap


print(closure_over_closure()(5))


def shared_cell():
    total = 0

    def add(v):
        nonlocal total
        total += v

    def read():
        return total

    for v in (1, 2, 3):
        add(v)
    return read(), total


print(shared_cell())


# A closure that outlives its creator and captures a container.
def make_stack():
    items = []
    return items.append, items.pop, lambda: len(items)


push, pop, size = make_stack()
push("a")
push("b")
print(size(), pop(), size())
