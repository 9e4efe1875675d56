# Golden bytecode test: compiled by mpyc and by stock mpy-cross, compared byte for byte.
f(*a)
f(*a, *b, c)
f(a, **k)
f(a, *b, c=1, **d)
f(x=1, y=2)
o.m(*a, **k)
o.m(1)(2)[3].n
o.m.n(1)
(o.m)(1)
f(x for x in y)
f(a)(b)(c)
f(a=(x := 1))
f((y := 2))
x[1:2], x[::2], x[1:], x[:2], x[:], x[1:2:3], x[::], x[1::], x[:2:]
x[1, 2], x[a, b], x[1:2, 3]
print(*[1], sep="")
class C(*bases, **kw): pass
class D(): pass
class E(A, B): pass
@dec
@dec.a.b(1, 2)
def g(): pass
@micropython.bytecode
def h(): pass
