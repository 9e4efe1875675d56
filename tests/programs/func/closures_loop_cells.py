# Cell variables inside loops: a closure made in each iteration sees the variable's final
# value, while closures made through a helper or a default argument see the value at the time;
# a cell rebound in a while loop; cells in comprehensions; and a loop variable that is a cell
# used after the loop.


def late():
    out = []
    for i in range(4):
        out.append(lambda: i * i)
    return [f() for f in out]


def early_default():
    return [f() for f in [lambda i=i: i * i for i in range(4)]]


def early_helper():
    def bind(v):
        return lambda: v * v

    return [f() for f in [bind(i) for i in range(4)]]


print(late(), early_default(), early_helper())


def while_cell():
    fns = []
    n = 0
    while n < 3:
        fns.append(lambda: n)
        n += 1
    n = 100
    return [f() for f in fns]


print(while_cell())


def cell_loop_var_used_after():
    for x in "abc":
        pass
    get = lambda: x
    x = x * 2
    return get()


print(cell_loop_var_used_after())


def comprehension_cells():
    # Each comprehension has its own scope; closures made in it see its final value.
    fs = [lambda: k for k in range(3)]
    gs = [(lambda k: lambda: k)(k) for k in range(3)]
    return [f() for f in fs], [g() for g in gs]


print(comprehension_cells())


def nested_loops():
    fns = []
    for a in range(2):
        for b in range(2):
            fns.append(lambda a=a: (a, b))
    return [f() for f in fns]


print(nested_loops())


def accumulate():
    total = 0
    steps = []
    for v in (5, 10, 20):
        def add(v=v):
            nonlocal total
            total += v
            return total
        steps.append(add)
    return [s() for s in steps], total


print(accumulate())


def mutable_in_cell():
    box = []
    fns = []
    for i in range(3):
        box.append(i)
        fns.append(lambda: list(box))
    return [f() for f in fns]


print(mutable_in_cell())


def cell_and_exception():
    fns = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            fns.append(lambda: ("ok", i))
        except ValueError:
            fns.append(lambda: ("err", i))
    return [f() for f in fns]


print(cell_and_exception())
