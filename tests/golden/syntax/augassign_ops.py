# Every augmented assignment operator, on names, attributes and subscripts.


class Matrix2:
    def __init__(self, a, b, c, d):
        self.m = (a, b, c, d)

    def __matmul__(self, other):
        a, b, c, d = self.m
        e, f, g, h = other.m
        return Matrix2(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)

    def __repr__(self):
        return "M%r" % (self.m,)


class Counter:
    def __init__(self):
        self.n = 10


x = 100
x += 5
x -= 3
x *= 2
x //= 7
x %= 17
x **= 2
x <<= 3
x >>= 1
x &= 0xFF
x |= 0x100
x ^= 0x0F
print(x)

y = 7.0
y /= 2
print(y)

cell = [1, 2, 3]
cell[0] += 10
cell[1] *= 4
cell[-1] -= 1
cell += [4]
print(cell)

c = Counter()
c.n += 1
c.n <<= 2
c.n //= 3
print(c.n)

m = Matrix2(1, 1, 1, 0)
acc = Matrix2(1, 0, 0, 1)
for _ in range(10):
    acc @= m
print(acc)

s = "ab"
s *= 3
s += "!"
print(s)
