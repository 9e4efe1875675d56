# Operator overloading on a fraction class: arithmetic, reflected and
# in-place operators, comparisons, unary operators, hashing and containers.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num, den=1):
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    def __add__(self, other):
        other = as_frac(other)
        return Frac(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        return self + -as_frac(other)

    def __rsub__(self, other):
        return as_frac(other) - self

    def __mul__(self, other):
        other = as_frac(other)
        return Frac(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = as_frac(other)
        return Frac(self.num * other.den, self.den * other.num)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __pos__(self):
        return self

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, other):
        other = as_frac(other)
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = as_frac(other)
        return self.num * other.den < other.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return "%d/%d" % (self.num, self.den) if self.den != 1 else str(self.num)


def as_frac(x):
    return x if isinstance(x, Frac) else Frac(x)


half = Frac(1, 2)
third = Frac(1, 3)
print(half + third, half - third, half * third, half / third)
print(1 + half, 1 - half, 2 * third, -half, +half, abs(Frac(-3, 4)))
total = Frac(0)
for k in range(1, 6):
    total += Frac(1, k * (k + 1))
print(total, total < 1, total <= Frac(5, 6), half == Frac(2, 4))
print(sorted([Frac(3, 4), half, third, Frac(2, 3)]), bool(Frac(0)), not half)
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
