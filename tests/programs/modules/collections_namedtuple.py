# collections.namedtuple: fields from a list or a space-separated string, construction by position
# and keyword, attribute and index access, unpacking, tuple equality and hashing, repr, and
# subclassing a namedtuple to add methods.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
Color = namedtuple("Color", "red green blue")

p = Point(3, 4)
q = Point(x=1, y=2)
r = Point(5, y=6)
print(p, q, r)
print(p.x, p.y, p[0], p[-1], len(p), list(p), tuple(q))
x, y = p
print(x + y, p == (3, 4), p == Point(3, 4), p != q, (3, 4) == p)
print(hash(p) == hash((3, 4)), {p: "p"}[(3, 4)], isinstance(p, tuple))
print(p[:1], p + q, sorted([p, q, r]), max(p))
c = Color(255, 128, 0)
print(c, c.green, "#%02x%02x%02x" % c, type(c).__name__, type(p).__name__)
try:
    p.x = 10
except AttributeError:
    print("AttributeError: fields are read-only")
try:
    Point(1)
except TypeError:
    print("TypeError: missing field")


class Vec(namedtuple("Vec", "x y")):
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), isinstance(v, Vec), v == (4, 6))

Row = namedtuple("Row", "id name score")
rows = [Row(1, "ann", 90), Row(2, "bob", 75), Row(3, "cy", 90)]
best = max(r.score for r in rows)
print([r.name for r in rows if r.score == best], sum(r.score for r in rows))
print(sorted(rows, key=lambda r: (-r.score, r.name))[0])
