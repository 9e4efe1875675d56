# Variable annotations in class bodies, methods and functions: an annotated assignment binds the
# value, a bare annotation binds nothing, annotations on attributes and subscripts still assign,
# and a record class built from annotated defaults.


class Point:
    x: int = 0
    y: int = 0
    label: str
    tags: list = []

    def __init__(self, x: int = 0, y: int = 0) -> None:
        self.x: int = x
        self.y = y
        scale: float = 1.0
        self.norm: float = (x * x + y * y) * scale

    def moved(self, dx: int, dy: "int") -> "Point":
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(Point.x, Point.y, hasattr(Point, "label"), Point.tags, p.x, p.y, p.norm)
q = p.moved(1, -1)
print(q.x, q.y, type(q).__name__)


def annotated_locals(n: int) -> list:
    total: int = 0
    unused: str
    items: list = []
    for i in range(n):
        total += i
        items.append(total)
    box: dict = {}
    box["k"]: int = total
    return items + [box["k"]]


print(annotated_locals(5))

counter: int = 10
counter += 1
print(counter)


class Config:
    name: str = "default"
    retries: int = 3
    verbose: bool = False

    def __init__(self, **overrides):
        for key, value in overrides.items():
            if not hasattr(Config, key):
                raise TypeError("unknown field " + key)
            setattr(self, key, value)

    def __repr__(self):
        fields = ("name", "retries", "verbose")
        return "Config(" + ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields) + ")"


print(Config(), Config(retries=5), Config(name="x", verbose=True))
try:
    Config(colour="red")
except TypeError as e:
    print("TypeError", e.args[0])
