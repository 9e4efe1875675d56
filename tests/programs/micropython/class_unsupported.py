# MicroPython only: class features MicroPython leaves out or does not check: __getattribute__ is
# not called, __slots__ does not restrict attributes, __class_getitem__ and __init_subclass__ are
# not called, __del__ is never run, and the results of __len__, __bool__ and __repr__ are not
# validated. Output from stock MicroPython; CPython honours or checks each of these.


class G:
    def __getattribute__(self, name):
        return "from __getattribute__"

    def __getattr__(self, name):
        return "from __getattr__"


print(G().anything)


class S:
    __slots__ = ("a",)


s = S()
s.a = 1
try:
    s.b = 2
    print("slot-less attribute stored", s.b)
except AttributeError:
    print("AttributeError")


class K:
    def __class_getitem__(cls, item):
        return "class_getitem"


try:
    print(K[int])
except TypeError:
    print("TypeError subscript")


class Parent:
    subclasses = []

    def __init_subclass__(cls):
        Parent.subclasses.append(cls.__name__)


class Kid(Parent):
    pass


print(Parent.subclasses)


class Tracked:
    def __del__(self):
        print("__del__")


t = Tracked()
del t
print("after del")


class NegLen:
    def __len__(self):
        return -1


try:
    print(len(NegLen()))
except ValueError:
    print("ValueError")


class IntBool:
    def __bool__(self):
        return 1


try:
    print(bool(IntBool()))
except TypeError:
    print("TypeError bool")


class IntRepr:
    def __repr__(self):
        return 5


try:
    print(repr(IntRepr()))
except TypeError:
    print("TypeError repr")
