# MicroPython only: str() and print() of an instance of a list, dict or tuple subclass that
# defines __repr__ but not __str__ use the base type's printing, while repr() and containers use
# the __repr__; and the base type's special methods are not reachable through super(). Output
# from stock MicroPython; CPython uses __repr__ everywhere and finds list.__repr__.


class L(list):
    def __repr__(self):
        return "L!"


class D(dict):
    def __repr__(self):
        return "D!"


class LS(list):
    def __str__(self):
        return "LS-str"


x = L([1, 2])
print(x)
print(str(x), repr(x), [x], "%s" % (x,))
y = D()
print(y, repr(y), (y,))
z = LS([3])
print(z, str(z), repr(z))


class Sup(list):
    def __repr__(self):
        try:
            return "Sup" + super().__repr__()
        except AttributeError:
            return "Sup(no super().__repr__)"

    def first(self):
        try:
            return super().__getitem__(0)
        except AttributeError:
            return "no super().__getitem__"


s = Sup([7])
print(repr(s), s.first())
