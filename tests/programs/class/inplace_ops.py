# In-place operators: __iadd__ and __isub__ that mutate and return self, ones that return a new
# object, and the fallback to the binary method (with rebinding) when there is no in-place one.
# (MicroPython calls only __iadd__ and __isub__ among the in-place methods in its usual builds;
# see micropython/inplace_fallback.py for the others.)


class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __isub__(self, other):
        for x in other:
            self.items.remove(x)
        return self

    def __add__(self, other):
        print("__add__")
        return Bag(self.items + list(other))

    def __repr__(self):
        return "Bag(%r)" % (self.items,)


b = Bag([1])
alias = b
b += [2, 3]
print(b, alias is b)
b -= [2]
print(b, alias)
c = b + [9]
print(c, b)


# Without __iadd__, += falls back to __add__ and rebinds the name.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o)

    def __sub__(self, o):
        return Num(self.v - o)

    def __mul__(self, o):
        return Num(self.v * o)

    def __or__(self, o):
        return Num(self.v | o)

    def __lshift__(self, o):
        return Num(self.v << o)

    def __repr__(self):
        return "Num(%d)" % self.v


n = Num(1)
keep = n
n += 5
n -= 2
n *= 3
n |= 1
n <<= 2
print(n, keep, n is keep)


class Fresh:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        # An in-place method may return a new object; the target is rebound to it.
        return Fresh(self.v + o)

    def __isub__(self, o):
        return "replaced"


f = Fresh(6)
g = f
f += 1
print(f.v, g.v, f is g)
f -= 1
print(f)

# In-place operators on attributes and subscripts load once and store once.
holder = [Bag([0])]
holder[0] += [1]
print(holder)


class Box:
    def __init__(self):
        self.b = Bag()
        self.n = Num(10)


box = Box()
box.b += (7, 8)
box.n += 1
print(box.b, box.n)

d = {"k": Num(3)}
d["k"] += 4
d["k"] -= 1
print(d)


class Loud:
    def __init__(self):
        self.store = {"x": Num(0)}

    def __getitem__(self, k):
        print("get", k)
        return self.store[k]

    def __setitem__(self, k, v):
        print("set", k, v)
        self.store[k] = v


lo = Loud()
lo["x"] += 2
