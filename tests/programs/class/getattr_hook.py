# __getattr__: called only for attributes that normal lookup does not find; with getattr(),
# hasattr() and defaults, and used for delegation.


class Defaults:
    real = "class attr"

    def __init__(self):
        self.own = "instance attr"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(name)


d = Defaults()
print(d.own)
print(d.real)
print(d.x_abc)
print(getattr(d, "x_q"), getattr(d, "nope", "default"))
print(hasattr(d, "x_y"), hasattr(d, "zz"))
try:
    d.missing
except AttributeError:
    print("AttributeError")
d.x_set = "stored"
print(d.x_set)


class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)


lst = [3, 1, 2]
p = Proxy(lst)
p.append(0)
p.sort()
print(lst, p.index(2), p.count(9), p.log)


class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name)


r = Record(a=1, b="two")
print(r.a, r.b, getattr(r, "c", None))


class Chain:
    def __init__(self, path=""):
        self.path = path

    def __getattr__(self, name):
        return Chain(self.path + "/" + name)

    def __call__(self, arg):
        return "%s(%s)" % (self.path, arg)


print(Chain().api.users.get(7))


class Counting:
    hits = 0

    def __getattr__(self, name):
        Counting.hits += 1
        return len(name)


c = Counting()
print(c.a + c.bcd + c.hello, Counting.hits)
print(c.hits)
