# MicroPython only: among the in-place special methods its usual builds call only __iadd__ and
# __isub__; for *=, |=, <<= and the others it uses the binary method (__mul__ ...) and rebinds,
# where CPython calls __imul__ and the rest. Output from stock MicroPython.


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v += o
        return self

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        print("__imul__")
        self.v *= o
        return self

    def __mul__(self, o):
        print("__mul__")
        return Acc(self.v * o)

    def __ior__(self, o):
        print("__ior__")
        self.v |= o
        return self

    def __or__(self, o):
        print("__or__")
        return Acc(self.v | o)


a = Acc(2)
keep = a
a += 3
a -= 1
print(a.v, a is keep)
a *= 5
print(a.v, a is keep)
a |= 1
print(a.v, a is keep)


class OnlyInplace:
    def __ifloordiv__(self, o):
        return "ifloordiv"


x = OnlyInplace()
try:
    x //= 2
    print(x)
except TypeError:
    print("TypeError")
