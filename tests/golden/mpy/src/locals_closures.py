# Locals, cells, closures, globals, nonlocals, deletion, lambdas and argument kinds.
G = 1


def many_locals(a, b, c=3, *args, d, e=5, **kw):
    l0 = l1 = l2 = l3 = l4 = l5 = l6 = l7 = l8 = l9 = l10 = l11 = l12 = 0
    l13 = l14 = l15 = l16 = l17 = a
    l17 += l16 + l15 + l14
    del l17
    return l0, l1, l2, l3, l4, l5, l6, l7, l8, l9, l10, l11, l12, l13, l14, l15, l16, args, kw


def outer(x):
    y = x + 1

    def inner(z=2):
        nonlocal y
        y += z
        return x + y

    def reader():
        return y

    del x
    return inner, reader


def use_global():
    global G
    G = G + 1
    del G


def closure_with_defaults(n):
    def f(a=1, *, b=2):
        return n + a + b

    return f


def cell_deleted():
    v = 1

    def g():
        return v

    del v
    return g


def kwonly_no_default(*, key):
    return key


square = lambda v: v * v
adder = lambda *a, **k: (a, k)
n = 3
scaled = lambda v, m=n: v * m
del n
print(many_locals(1, 2, d=4), outer(1), square(2), scaled(3))
