# A small class hierarchy: abstract-style base, overriding, super() chains,
# class attributes, isinstance/issubclass and special methods.


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __str__(self):
        return "%s with %d sides, area %d" % (self.name, self.sides, self.area())

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    sides = 4

    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")


class Triangle(Shape):
    sides = 3

    def __init__(self, b, h):
        Shape.__init__(self, "triangle")
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


shapes = [Rect(3, 4), Square(2), Triangle(6, 5), Square(5)]
for s in sorted(shapes):
    print(s)
print(isinstance(shapes[1], Rect), issubclass(Square, Shape), issubclass(Triangle, Rect))
try:
    Shape("abstract").area()
except NotImplementedError:
    print("abstract area")
print(sum(s.sides for s in shapes), sorted(shapes)[-1].name)
