# Reflected operators (__radd__ and friends): used when the left operand is a builtin type or
# returns NotImplemented.


class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "%sm" % (self.v,)

    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        print("radd", o)
        return self.__add__(o)

    def __sub__(self, o):
        return Meters(self.v - (o.v if isinstance(o, Meters) else o))

    def __rsub__(self, o):
        return Meters(o - self.v)

    def __mul__(self, k):
        return Meters(self.v * k)

    __rmul__ = __mul__

    def __rtruediv__(self, o):
        return o / self.v

    def __rfloordiv__(self, o):
        return o // self.v

    def __rmod__(self, o):
        return o % self.v

    def __rpow__(self, o):
        return o**self.v


m = Meters(5)
print(m + 1, 1 + m)
print(2.5 + m)
print(10 - m, m - 3)
print(3 * m, m * 3)
print(20 / Meters(4), 21 // Meters(4), 21 % Meters(4), 2 ** Meters(5))
print(sum([Meters(1), Meters(2), Meters(3)]))


class Left:
    def __add__(self, o):
        print("Left.__add__ gives up")
        return NotImplemented


class Right:
    def __radd__(self, o):
        return "Right.__radd__ with %s" % type(o).__name__


print(Left() + Right())


class Both:
    def __add__(self, o):
        return "Both.__add__"

    def __radd__(self, o):
        return "Both.__radd__"


print(Both() + Both(), 1 + Both(), Both() + 1)


class NoRadd:
    pass


try:
    1 + NoRadd()
except TypeError:
    print("TypeError")


class Bits:
    def __init__(self, v):
        self.v = v

    def __rand__(self, o):
        return o & self.v

    def __ror__(self, o):
        return o | self.v

    def __rxor__(self, o):
        return o ^ self.v

    def __rlshift__(self, o):
        return o << self.v

    def __rrshift__(self, o):
        return o >> self.v


b = Bits(3)
print(12 & b, 12 | b, 12 ^ b, 1 << b, 64 >> b)
