# Golden bytecode test: compiled by mpyc and by stock mpy-cross, compared byte for byte.
x = 1
def outer(a, *args, b, c=3, **kw):
    y = 2
    def inner(d=y):
        nonlocal y
        y += a
        return lambda e=1, *, f=2: (x, y, d, e, f, args)
    class C:
        z = y
        def m(self):
            return z, y, __class__
    return inner, C
def g():
    global x
    x = 2
    del x
def h():
    l = [i * j for i in range(3) for j in range(i) if i if j]
    s = {i for i in l}
    d = {k: v for k, v in zip(l, s)}
    gen = (a + i for i in l)
    return l, s, d, gen, sum(i for i in l)
def k(*, a, b=1):
    return a, b
def m(a, b=1, *c, d, e=2, **f):
    pass
class A(B, metaclass=M):
    x = 1
    def m(self, a, *args, k=3, **kw):
        super().m(a)
        return super()
    @staticmethod
    def s(): pass
    def t(self):
        return super().x
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        self._p = v
def w():
    if (n := 10) > 5:
        print(n)
    [y := 5, y ** 2]
    return [z := i for i in range(3)], z
def comp_global():
    global G
    return [G := i for i in range(2)]
