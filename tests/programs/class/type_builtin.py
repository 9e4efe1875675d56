# type(): the class of a value, classes as values passed around and stored, type(name, bases,
# dict) creating classes, and class attributes like __name__ and __bases__.


class Base:
    kind = "base"

    def hello(self):
        return "hello from " + type(self).__name__


values = [1, "s", 2.5, [], (), {}, set(), None, True, Base(), Base, range(1)]
print([type(v).__name__ for v in values])
print(type(1) is int, type("") is str, type([]) == list, type(Base()) is Base)
print(type(Base) is type, type(int) is type, type(type) is type)

Made = type("Made", (Base,), {"kind": "made", "extra": lambda self: 42})
m = Made()
print(m.kind, m.extra(), m.hello(), isinstance(m, Base), Made.__name__)
Empty = type("Empty", (), {})
print(Empty.__name__, type(Empty()).__name__, Empty.__bases__[0] is object)
print([c.__name__ for c in Made.__bases__])

# Classes are first-class values.
makers = {"list": list, "tuple": tuple, "set": set}
print([makers[k]("ab") if k != "set" else sorted(makers[k]("ab")) for k in ("list", "tuple", "set")])


def build(cls, *args):
    return cls(*args)


print(build(int, "42"), build(str, 5), build(Made).kind, build(dict, a=1) if False else build(dict))


def copy_of(obj):
    # Make another instance of whatever class obj has.
    return type(obj)()


print(type(copy_of([1])).__name__, copy_of(Base()).kind, copy_of(5), repr(copy_of("x")))

classes = [Base, Made, Empty]
print([cls.__name__ for cls in classes if issubclass(cls, Base)])
print(sorted(classes, key=lambda c: c.__name__)[0].__name__)


class Shape:
    registry = {}

    def __init__(self):
        Shape.registry.setdefault(type(self).__name__, 0)
        Shape.registry[type(self).__name__] += 1


class Sq(Shape):
    pass


class Ci(Shape):
    pass


for cls in (Sq, Ci, Sq, Sq):
    cls()
print(sorted(Shape.registry.items()))
