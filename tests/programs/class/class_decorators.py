# Class decorators: functions that take a class and return it changed, add methods or
# attributes, register it, wrap it, or return something else entirely; stacked and with
# arguments.

registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


def with_repr(cls):
    def __repr__(self):
        fields = sorted(k for k in cls.fields)
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % (k, getattr(self, k)) for k in fields))

    cls.__repr__ = __repr__
    return cls


def tag(name):
    def deco(cls):
        cls.tag = name
        return cls

    return deco


@register
@with_repr
@tag("geo")
class Point:
    fields = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@register
@tag("hr")
class Person:
    def __init__(self, name):
        self.name = name


print(Point(1, 2), Point.tag, Person.tag)
print(sorted(registry), registry["point"] is Point, registry["person"]("ann").name)


def singleton(cls):
    instance = cls()
    return lambda: instance


@singleton
class Config:
    def __init__(self):
        self.values = {}


a = Config()
b = Config()
a.values["k"] = 1
print(a is b, b.values, callable(Config))


def add_compare(cls):
    def key(self):
        return tuple(getattr(self, f) for f in cls.order)

    cls.__lt__ = lambda self, other: key(self) < key(other)
    cls.__eq__ = lambda self, other: key(self) == key(other)
    return cls


@add_compare
class Card:
    order = ("rank", "suit")

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit


cards = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print([(c.rank, c.suit) for c in sorted(cards)], Card(1, "x") == Card(1, "x"))


def count_instances(cls):
    orig = cls.__init__

    def __init__(self, *args):
        cls.instances += 1
        orig(self, *args)

    cls.instances = 0
    cls.__init__ = __init__
    return cls


@count_instances
class Widget:
    def __init__(self, name):
        self.name = name


ws = [Widget(n) for n in "abc"]
print(Widget.instances, [w.name for w in ws])


def to_name(cls):
    return cls.__name__ + "!"


@to_name
class Gone:
    pass


print(Gone, type(Gone).__name__)
