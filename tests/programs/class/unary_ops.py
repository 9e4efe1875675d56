# Unary special methods and conversions: __neg__, __pos__, __invert__, __abs__, __int__,
# __float__, __bool__, and __len__ used for truth when there is no __bool__.


class Signed:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Signed(-self.v)

    def __pos__(self):
        return Signed(self.v + 1000)

    def __invert__(self):
        return Signed(~self.v)

    def __abs__(self):
        return Signed(abs(self.v))

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __repr__(self):
        return "S(%r)" % (self.v,)


s = Signed(-7)
print(-s, +s, ~s, abs(s), -(-s), ~~s)
print(int(Signed(3.9)), float(Signed(2)), int(s) * 2)


class Truth:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        print("bool", self.flag)
        return self.flag


print(bool(Truth(True)), bool(Truth(False)))
print(not Truth(False))
if Truth(True) and Truth(False):
    print("unreachable")
print(Truth(False) or "fallback")
x = 0
while Truth(x < 2):
    x += 1
print(x)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
print([n for n in range(4) if Sized(n)])
print("empty" if not Sized(0) else "full")


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Both()), len(Both()))


class Plain:
    pass


print(bool(Plain()))
try:
    -Plain()
except TypeError:
    print("TypeError neg")
try:
    len(Plain())
except TypeError:
    print("TypeError len")
