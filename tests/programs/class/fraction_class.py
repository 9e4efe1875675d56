# A rational number class using many special methods together: normalisation in __init__,
# arithmetic with ints on either side, comparisons, hashing equal to int for whole values,
# conversion and formatting.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x)

    def __add__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Q.of(o) - self

    def __mul__(self, o):
        o = Q.of(o)
        return Q(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Q.of(o)
        return Q(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Q.of(o) / self

    def __neg__(self):
        return Q(-self.n, self.d)

    def __abs__(self):
        return Q(abs(self.n), self.d)

    def __pow__(self, k):
        return Q(self.n**k, self.d**k) if k >= 0 else Q(self.d ** (-k), self.n ** (-k))

    def __eq__(self, o):
        o = Q.of(o)
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = Q.of(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __repr__(self):
        return "%d" % self.n if self.d == 1 else "%d/%d" % (self.n, self.d)


a = Q(1, 3)
b = Q(-2, 4)
print(a, b, Q(6, -8), Q(0, 5), Q(10, 5))
print(a + b, a - b, a * b, a / b, -a, abs(b), a**2, b**-3)
print(1 + a, a + 1, 2 - a, 3 * b, 1 / a, a / 2)
print(a == Q(2, 6), a == 1, Q(4, 2) == 2, a < b, b < a, a <= Q(1, 3))
print(sorted([Q(1, 2), Q(1, 3), Q(-1, 1), Q(5, 4), 0 + Q(0)]))
print(hash(Q(4, 2)) == hash(2), len({Q(1, 2), Q(2, 4), Q(3, 6)}), bool(Q(0)), bool(a))
print(float(Q(3, 4)), int(Q(7, 2)), int(Q(-7, 2)))
h = Q(0)
for k in range(1, 6):
    h += Q(1, k)
print("H5 =", h)
s = sum(Q(1, 2**k) for k in range(1, 8))
print(s, 1 - s)
try:
    Q(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
