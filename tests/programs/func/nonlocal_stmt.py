# nonlocal: rebinding an enclosing function's variable from one and from several levels down,
# nonlocal of several names at once, nonlocal shared by sibling closures, nonlocal with augmented
# assignment, in loops, with del, and a nonlocal that skips a level where the name is not bound.


def outer():
    x = 0

    def inc():
        nonlocal x
        x += 1

    for _ in range(3):
        inc()
    return x


print(outer())


def multi():
    a, b = 1, 2

    def swap():
        nonlocal a, b
        a, b = b, a

    swap()
    return a, b


print(multi())


def deep():
    v = "top"

    def mid():
        def low():
            nonlocal v
            v = "set from low"

        low()
        return v

    return mid(), v


print(deep())


def skip_level():
    name = "outer"

    def middle():
        other = 1

        def inner():
            nonlocal name
            name = "inner"
            return other

        inner()
        return name

    return middle(), name


print(skip_level())


def shadowed():
    y = "outer y"

    def middle():
        y = "middle y"

        def inner():
            nonlocal y
            y = "changed"

        inner()
        return y

    return middle(), y


print(shadowed())


def siblings():
    state = []
    count = 0

    def add(v):
        nonlocal count
        state.append(v)
        count += 1

    def reset():
        nonlocal state, count
        state = []
        count = 0

    add(1)
    add(2)
    before = (list(state), count)
    reset()
    add(3)
    return before, state, count


print(siblings())


def in_loop():
    last = None

    def see(v):
        nonlocal last
        prev, last = last, v
        return prev

    return [see(i) for i in range(4)], last


print(in_loop())


def nonlocal_del():
    z = 1

    def remove():
        nonlocal z
        del z

    remove()
    try:
        return z
    except NameError:
        return "z unbound"


print(nonlocal_del())


def fib_gen_state():
    a, b = 0, 1

    def step():
        nonlocal a, b
        a, b = b, a + b
        return a

    return [step() for _ in range(10)]


print(fib_gen_state())
