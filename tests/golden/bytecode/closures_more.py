# Closures: nonlocal through a middle function, class bodies closing over locals, super() and __class__ in lambdas and nested functions.
def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x += 1
            return x
        return c
    return b
def d():
    y = 2
    class K:
        z = y
        w = [y for _ in range(2)]
        def m(self):
            return y, __class__
        q = lambda self: super()
    return K
def e(p):
    def f():
        del p
    return f
def g():
    fs = [lambda i=i: i for i in range(3)]
    gs = [[j for j in range(i)] for i in range(3)]
    hs = {i: (lambda: i) for i in range(3)}
    return fs, gs, hs
class L:
    v = 1
    gen = (v for _ in range(2))
    lst = [i for i in range(v)]
    def m(self):
        return lambda: super().m()
    def n(self):
        def inner():
            return __class__
        return inner
def h():
    global G1
    G1 = 1
    def i():
        global G2
        return G1, G2
    return i
G2 = 0
def j(*, a=1, b, c=2):
    def k():
        return a, b, c
    return k
def l(a, b=2, *args, c, d=4, **kw):
    return lambda: (a, b, args, c, d, kw)
def m():
    x = 1
    def n():
        return x
    x = 2
    return n
def o(x):
    return [x for x in x]
