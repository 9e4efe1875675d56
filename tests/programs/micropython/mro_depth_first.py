# MicroPython only: attribute lookup with multiple inheritance is depth first (left base and all
# its bases before the right base), not CPython's C3 order, and super() follows that order, so a
# cooperative super() chain through a diamond skips the right branch. Output from stock
# MicroPython; CPython prints C, WYZX and the four __init__ lines.


class A:
    def who(self):
        return "A"

    def __init__(self):
        print("A.__init__")


class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()


class C(A):
    def who(self):
        return "C"

    def __init__(self):
        print("C.__init__")
        super().__init__()


class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()


d = D()
# Depth first finds A.who through B before C.who.
print(d.who())


class X:
    def f(self):
        return "X"


class Y(X):
    def f(self):
        return "Y" + super().f()


class Z(X):
    def f(self):
        return "Z" + super().f()


class W(Y, Z):
    def f(self):
        return "W" + super().f()


print(W().f())


class Base:
    tag = "base"


class Left(Base):
    pass


class Right(Base):
    tag = "right"


class Both(Left, Right):
    pass


print(Both.tag, Both().tag)
print(isinstance(d, C), issubclass(W, Z))
