# property: getters, setters with validation, deleters, read-only properties, properties made by
# calling property(), and properties inherited and overridden.


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 1
except AttributeError:
    print("AttributeError read-only")


class Old:
    def __init__(self):
        self._v = 1

    def get_v(self):
        print("get")
        return self._v

    def set_v(self, v):
        print("set", v)
        self._v = v

    v = property(get_v, set_v)
    ro = property(lambda self: self._v * 10)


o = Old()
o.v = 5
print(o.v, o.ro)
o.v += 1
print(o.ro)


class Lazy:
    def __init__(self):
        self._cache = None
        self.computed = 0

    @property
    def value(self):
        if self._cache is None:
            self.computed += 1
            self._cache = sum(range(10))
        return self._cache


z = Lazy()
print(z.value, z.value, z.computed)


class Base:
    @property
    def kind(self):
        return "base"

    @property
    def name(self):
        return "name of " + self.kind


class Derived(Base):
    @property
    def kind(self):
        return "derived"


print(Base().name, Derived().name, Derived().kind)


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    area = property(lambda self: self.w * self.h)

    @property
    def size(self):
        return (self.w, self.h)

    @size.setter
    def size(self, wh):
        self.w, self.h = wh


r = Rect(2, 3)
print(r.area, r.size)
r.size = (4, 5)
print(r.area, r.w, r.h)
print(type(Rect.__dict__["size"]).__name__ if hasattr(Rect, "__dict__") else "property")
print(isinstance(Rect.area, property))
