# Generators and closures: a generator whose locals are captured by functions it yields, inner
# functions changing a generator's variables with nonlocal between yields, generators closing
# over their enclosing function's variables (seeing later rebinding), and generator parameters
# that are cells.


def yields_closures(n):
    for i in range(n):
        yield lambda: i


def yields_bound_closures(n):
    for i in range(n):
        yield lambda i=i: i


fs = list(yields_closures(3))
print([f() for f in fs], [f() for f in yields_bound_closures(3)])

# Consuming lazily: each closure is called while the generator is paused on its value.
print([f() for f in yields_closures(3)])


def with_nonlocal():
    count = 0

    def bump(k):
        nonlocal count
        count += k

    while count < 10:
        bump((yield count) or 1)


g = with_nonlocal()
print(next(g), g.send(3), g.send(None), g.send(5))
g.close()


def enclosing_rebinds():
    factor = 1

    def gen():
        for i in range(3):
            yield i * factor

    g = gen()
    first = next(g)
    factor = 100
    return first, list(g)


print(enclosing_rebinds())


def param_cells(start, *extra, step=1):
    def peek():
        return start, extra, step

    while start < 10:
        yield peek()
        start += step


print(list(param_cells(7)), list(param_cells(4, "x", step=3)))


def shared_state():
    state = {"n": 0}

    def producer():
        while state["n"] < 3:
            state["n"] += 1
            yield state["n"]

    def reader():
        return state["n"]

    return producer(), reader


prod, read = shared_state()
print(next(prod), read(), list(prod), read())


def generator_factory(kind):
    def evens(n):
        return (i for i in range(n) if i % 2 == 0 and kind)

    def odds(n):
        for i in range(n):
            if i % 2:
                yield kind + str(i)

    return evens, odds


e, o = generator_factory("odd")
print(list(e(6)), list(o(6)))
