# getattr, setattr, hasattr and delattr on instances, classes and modules, with defaults and
# names built at run time.

class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(getattr(p, "x"), getattr(p, "y"), getattr(p, "dims"), getattr(Point, "dims"), getattr(p, "z", "none"))
print(getattr(p, "norm1")(), getattr(Point, "norm1")(p), hasattr(p, "x"), hasattr(p, "z"), hasattr(Point, "norm1"))

setattr(p, "z", 5)
setattr(p, "x", 30)
print(p.z, p.x, hasattr(p, "z"))
delattr(p, "z")
print(hasattr(p, "z"), getattr(p, "z", None))
for name in ("a", "b", "c"):
    setattr(p, "attr_" + name, name.upper())
print([getattr(p, "attr_" + n) for n in "abc"])

# Class attributes set on the class are seen by instances.
setattr(Point, "dims", 3)
print(p.dims, Point(0, 0).dims)
p.dims = 10
print(p.dims, Point.dims)
delattr(p, "dims")
print(p.dims)

# Builtin objects.
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(5, "nope"), getattr(1, "nope", "dflt"))

# Modules.
import math
print(getattr(math, "pi") == math.pi, hasattr(math, "sqrt"), hasattr(math, "no_such"), getattr(math, "floor")(2.7))

# Errors.
def trial(f):
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)


trial(lambda: getattr(p, "missing"))
trial(lambda: delattr(p, "missing"))
trial(lambda: getattr(p, 5))
trial(lambda: setattr(5, "x", 1))
trial(lambda: setattr("s", "upper", 1))
