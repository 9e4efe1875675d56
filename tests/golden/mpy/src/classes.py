# Classes: bases, keywords, methods, super(), __class__, decorators, properties.


class Base:
    attr = 1

    def __init__(self, x):
        self.x = x

    def method(self, y):
        return self.x + y

    @staticmethod
    def static(a):
        return a

    @classmethod
    def klass(cls):
        return cls


class Derived(Base):
    """Doc string."""

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def method(self, y):
        return super().method(y) + self.y

    def cls(self):
        return __class__

    def bare_super(self):
        return super()

    @property
    def prop(self):
        return self.y


class Meta(type):
    pass


class WithKw(Base, metaclass=Meta):
    pass


class Empty:
    pass


def make_class():
    class Local:
        value = 1

        def get(self):
            return Local.value

    return Local


obj = Derived(1, 2)
print(obj.method(3), obj.prop, Derived.static(1), Derived.klass())
