# Binary arithmetic special methods on a small vector class, with results of other types and
# NotImplemented leading to TypeError.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x**k, self.y**k)

    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x


a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, a * 2, a * b)
print(a / 2, a // 2, a % 3, a**2)
print(a @ b, b @ a)
print(a + b + a - b, (a + b) * 3)
print(sum([a, b, Vec(10, 10)], Vec(0, 0)))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented

    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), r

    def __str__(self):
        return "%d.%02d" % divmod(self.cents, 100)


m = Money(250) + Money(199)
print(m, m + 1)
q, r = divmod(Money(1000), 3)
print(q, r)
try:
    Money(1) + "x"
except TypeError:
    print("TypeError add")
try:
    Money(1) - Money(2)
except TypeError:
    print("TypeError sub")


class Lazy:
    # The result of an operator can be any object, including a new type.
    def __add__(self, o):
        return [self, o]

    def __mul__(self, o):
        return "times %s" % (o,)


z = Lazy()
print(len(z + 1), (z + 1)[1], z * 7)
