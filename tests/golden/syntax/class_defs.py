# Class definitions: bases, class keywords, class attributes, methods,
# static and class methods, properties, nested classes and super().


class Base:
    kind = "base"

    def __init__(self, name):
        self.name = name

    def describe(self):
        return "%s:%s" % (self.kind, self.name)


class Mixin:
    def shout(self):
        return self.describe().upper()


class Child(Base, Mixin):
    kind = "child"

    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def describe(self):
        return super().describe() + "/" + str(self.age)


class Empty:
    pass


class WithDoc(object):
    "A class whose body is only a docstring."


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._c = (value - 32) * 5 // 9

    @staticmethod
    def freezing():
        return Temperature(0)

    @classmethod
    def boiling(cls):
        return cls(100)


class Outer:
    class Inner:
        value = 7

    def make(self):
        return self.Inner()


class Keyworded(Base, **{}):
    pass


def make_registered(meta):
    # Class keywords other than an empty ** are not supported by every runtime,
    # so this is defined but only called where the keyword is understood.
    class Registered(Base, metaclass=meta, **{}):
        kind = "registered"

    return Registered


c = Child("ann", 30)
print(c.describe(), c.shout(), isinstance(c, Mixin))
print(type(Empty()).__name__, Keyworded("k").describe())
t = Temperature(100)
print(t.fahrenheit, Temperature.freezing().fahrenheit, Temperature.boiling()._c)
t.fahrenheit = 50
print(t._c, Outer().make().value, Outer.Inner.value, callable(make_registered))
