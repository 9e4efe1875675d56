# Descriptor classes: __get__ on class attributes read through an instance, __set__ and
# __delete__ intercepting assignment and deletion, and __set_name__ telling a descriptor its
# attribute name. (Reading a descriptor through the class itself is in
# micropython/descriptor_on_class.py: MicroPython does not call __get__ then.)


class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __init__(self, kind, default):
        self.kind = kind
        self.default = default

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor for " + self.name
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        setattr(obj, self.name, self.default)


class Item:
    name = Typed(str, "?")
    qty = Typed(int, 0)

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


it = Item("bolt", 3)
print(it.name, it.qty)
it.qty = 5
print(it.qty, it._qty)
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError", e)
del it.qty
print(it.qty)
other = Item("nut", 1)
print(other.name, it.name)


class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value


class Circle:
    pi = Constant(3)

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.pi * self.r * self.r


print(Circle(2).area(), Circle(5).pi)


class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads


class Host:
    hits = Counted()


h = Host()
print(h.hits, h.hits, Host().hits)


class Upper:
    def __set_name__(self, owner, name):
        self.key = name + "_store"

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.key, "").upper()

    def __set__(self, obj, value):
        setattr(obj, self.key, value)


class Doc:
    title = Upper()


d = Doc()
print(repr(d.title))
d.title = "hello"
print(d.title, d.title_store)
