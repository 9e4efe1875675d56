# classmethod and staticmethod: alternative constructors, cls bound to the subclass, calls through
# the class and through an instance, and plain functions stored on a class.


class Date:
    made = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.made += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @staticmethod
    def days_in(y, m):
        if m == 2:
            return 29 if Date.is_leap(y) else 28
        return 30 if m in (4, 6, 9, 11) else 31

    def __repr__(self):
        return "%s(%d-%02d-%02d)" % (self.kind(), self.y, self.m, self.d)


class Birthday(Date):
    pass


d = Date.from_string("2024-02-29")
b = Birthday.from_string("1999-12-31")
print(d, b, type(b).__name__, Date.made)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), b.is_leap(2023))
print([Date.days_in(2023, m) for m in range(1, 13)])
print(Date.days_in(2024, 2), d.days_in(2100, 2))
print(Birthday.kind(), b.kind(), d.kind())


class Registry:
    items = []

    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls

    @classmethod
    def count(cls):
        return len(cls.items)


Registry.add(1).add(2)
print(Registry.count(), Registry.items)


class Separate(Registry):
    items = []


Separate.add("s")
print(Registry.count(), Separate.count(), Separate.items)


class Tools:
    @staticmethod
    def clamp(v, lo=0, hi=10):
        return max(lo, min(hi, v))

    square = staticmethod(lambda x: x * x)

    def make(cls, v):
        return (cls.__name__, v)

    make = classmethod(make)


print(Tools.clamp(15), Tools().clamp(-3), Tools.clamp(5, hi=4), Tools.square(7))
print(Tools.make(1), Tools().make(2))
f = Tools.clamp
g = Tools().make
print(f(99), g(3))


class Counter:
    total = 0

    @classmethod
    def bump(cls):
        cls.total += 1
        return cls.total


class SubCounter(Counter):
    pass


Counter.bump()
SubCounter.bump()
SubCounter.bump()
print(Counter.total, SubCounter.total)
