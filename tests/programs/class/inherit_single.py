# Single inheritance: overriding, extending through an explicit base call and through super(),
# attributes found along the chain, polymorphic calls, and methods that call overridden ones.


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        # Calls the most derived area() and reads the most derived class attribute.
        return "%s: %d sides, area %s" % (self.name, self.sides, self.area())


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Tri(Shape):
    sides = 3

    def __init__(self, b, h):
        super().__init__("tri")
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h / 2

    def describe(self):
        return super().describe() + " (half of %d)" % (self.b * self.h)


for s in [Shape("blob"), Rect(2, 3), Square(4), Tri(3, 5)]:
    print(s.describe())

sq = Square(2)
print(isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Tri))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, Square))
print(Square.sides, Square.area is Rect.area, Rect.describe is Shape.describe)
print(Rect.area(sq), Shape.area(sq))


class A:
    def hello(self):
        return "A.hello"

    def greet(self):
        return self.hello() + "!"


class B(A):
    def hello(self):
        return "B.hello/" + A.hello(self)


class C(B):
    pass


print(A().greet(), B().greet(), C().greet())

# Class attributes are looked up along the chain at access time.
A.late = "added to A"
print(C.late, C().late)
B.late = "shadowed in B"
print(C.late, A.late)


class Base:
    def __init__(self):
        self.log = ["Base"]


class NoInit(Base):
    def extra(self):
        return self.log


class CallsBase(Base):
    def __init__(self):
        super().__init__()
        self.log.append("CallsBase")


class SkipsBase(Base):
    def __init__(self):
        self.log = ["SkipsBase"]


print(NoInit().extra(), CallsBase().log, SkipsBase().log)
