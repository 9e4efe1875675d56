# Subclassing int, str and tuple: values behave as the base type, arithmetic returns the base
# type, extra methods and class attributes work, and isinstance sees both. An int subclass stays
# the left operand of binary operators here: see micropython/int_subclass_ops.py for the right.


class Celsius(int):
    unit = "C"

    def fahrenheit(self):
        return self * 9 // 5 + 32

    def label(self):
        return str(self) + self.unit


t = Celsius(20)
print(t.fahrenheit(), t.label(), t + 1, type(t + 1).__name__, t == 20, t < 25)
print(isinstance(t, int), isinstance(t, Celsius), int(t), hash(t) == hash(20))
print(Celsius(3) < 7, Celsius(3) == 3, 3 == Celsius(3))
print([10, 20, 30][Celsius(1)], "%d%%" % Celsius(5))


class Name(str):
    def shout(self):
        return self.upper() + "!"

    def initials(self):
        return "".join(w[0] for w in self.split())


n = Name("ada lovelace")
print(n.shout(), n.initials(), n + "!", type(n + "!").__name__, len(n), n[0], n == "ada lovelace")
print(n.replace("a", "A"), n.split(), "lace" in n, isinstance(n, str), {n: 1}["ada lovelace"])


class Pair(tuple):
    def first(self):
        return self[0]

    def swap(self):
        return Pair((self[1], self[0]))

    def total(self):
        return sum(self)


p = Pair((3, 4))
print(p.first(), p.swap(), p.total(), len(p), p == (3, 4), p + (5,), type(p + (5,)).__name__)
a, b = p
print(a, b, p.count(3), p.index(4), isinstance(p, tuple), sorted(Pair((9, 1))))


class Flags(int):
    names = ("read", "write", "exec")

    def set_names(self):
        return [n for i, n in enumerate(self.names) if self & (1 << i)]


print(Flags(5).set_names(), Flags(0).set_names(), Flags(7) | 8)
