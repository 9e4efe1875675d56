# __eq__ and __hash__: default identity equality, value equality, != derived from __eq__, objects
# as dict keys and set members.


class Plain:
    pass


a = Plain()
b = Plain()
print(a == a, a == b, a != b, a is a)
d = {a: 1, b: 2}
print(d[a], d[b], len(d))


class Key:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.name == other.name and self.n == other.n

    def __hash__(self):
        return hash((self.name, self.n))

    def __repr__(self):
        return "Key(%s,%d)" % (self.name, self.n)


k1 = Key("a", 1)
k2 = Key("a", 1)
k3 = Key("b", 2)
print(k1 == k2, k1 != k2, k1 == k3, k1 != k3)
print(k1 == "a", k1 != 5)
table = {k1: "one"}
print(table[k2], k3 in table, k2 in table)
s = {k1, k2, k3}
print(len(s), sorted(k.name for k in s))
print([k1, k3].index(k2), [k1, k2, k3].count(Key("a", 1)))
print(k2 in [k3, k1], (Key("b", 2),) == (k3,))


class Always:
    def __eq__(self, other):
        return True

    __hash__ = None


x = Always()
print(x == 1, x == "s", x != 1, 1 == x)
try:
    hash(x)
except TypeError:
    print("TypeError unhashable")


class Ne:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ne__(self, other):
        print("__ne__ called")
        return self.v != other.v

    def __hash__(self):
        return self.v


print(Ne(1) != Ne(2))
print(Ne(1) == Ne(1))
print(hash(Ne(7)) == hash(Ne(7)))
