# __new__ and __init__: order of calls, arguments, a __new__ that returns an instance of another
# class (which skips __init__), and a singleton.


class Point:
    def __new__(cls, x, y):
        print("new", cls.__name__, x, y)
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj

    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, p.made_by_new, type(p).__name__)


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z


q = Point3(4, 5)
print(q.x, q.y, q.z, isinstance(q, Point))


class Other:
    pass


class Redirect:
    def __new__(cls):
        print("Redirect.__new__")
        return Other()

    def __init__(self):
        print("never printed")


r = Redirect()
print(type(r).__name__)


class Single:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.n = 0
        return cls._instance

    def bump(self):
        self.n += 1
        return self.n


s1 = Single()
s2 = Single()
s1.bump()
s2.bump()
print(s1 is s2, s1.n)


class Cached:
    cache = {}

    def __new__(cls, key):
        if key in cls.cache:
            return cls.cache[key]
        obj = super().__new__(cls)
        cls.cache[key] = obj
        return obj

    def __init__(self, key):
        # __init__ runs again for a cached object returned by __new__.
        self.key = key
        self.inits = getattr(self, "inits", 0) + 1


c1 = Cached("a")
c2 = Cached("a")
c3 = Cached("b")
print(c1 is c2, c1 is c3, c1.inits, c3.inits)


class NoArgs:
    def __init__(self):
        self.ready = True


try:
    NoArgs(1)
except TypeError:
    print("TypeError")
print(NoArgs().ready)
