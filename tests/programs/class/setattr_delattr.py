# __setattr__ and __delattr__: intercepting every assignment and deletion, storing through
# object.__setattr__, and the builtins setattr, delattr and getattr.


class Logged:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


o = Logged(1)
o.y = 2
o.x += 10
setattr(o, "z", 3)
print(o.x, o.y, o.z)
del o.y
delattr(o, "z")
print(hasattr(o, "y"), hasattr(o, "z"), getattr(o, "x"))


class ReadOnly:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)

    def __delattr__(self, name):
        raise AttributeError("cannot delete: " + name)


r = ReadOnly(a=1)
print(r.a)
try:
    r.a = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del r.a
except AttributeError as e:
    print("AttributeError", e)
print(r.a)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("negative age")
        object.__setattr__(self, name, value)


v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print("ValueError", e)
print(v.age)


class Lower:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.lower(), value)


w = Lower()
w.ABC = 1
setattr(w, "Mixed", 2)
print(w.abc, w.mixed, hasattr(w, "ABC"))


class Plain:
    pass


p = Plain()
setattr(p, "dyn", [1])
getattr(p, "dyn").append(2)
print(p.dyn)
delattr(p, "dyn")
try:
    delattr(p, "dyn")
except AttributeError:
    print("AttributeError delattr")
for name in ("a", "b", "c"):
    setattr(p, name, name * 2)
print([getattr(p, n) for n in "abc"])
