# Diamond inheritance in the forms where every MRO rule gives one answer: shared state from the
# top class, overrides in the left branch, explicit base calls, and isinstance through both
# paths. (Cooperative super() chains through a diamond are in micropython/mro_depth_first.py,
# since MicroPython resolves them depth first.)


class Top:
    created = 0

    def __init__(self):
        Top.created += 1
        self.trail = ["Top"]

    def name(self):
        return "Top"

    def shared(self):
        return "shared from Top"


class Left(Top):
    def __init__(self):
        Top.__init__(self)
        self.trail.append("Left")

    def name(self):
        return "Left"


class Right(Top):
    def __init__(self):
        Top.__init__(self)
        self.trail.append("Right")

    def right_only(self):
        return "Right.right_only"


class Bottom(Left, Right):
    def __init__(self):
        Left.__init__(self)
        saved = self.trail
        Right.__init__(self)
        self.trail = saved + self.trail[1:] + ["Bottom"]


b = Bottom()
print(b.trail, Top.created)
print(b.name(), b.shared(), b.right_only())
print(isinstance(b, Left), isinstance(b, Right), isinstance(b, Top))
print(issubclass(Bottom, Top), issubclass(Left, Right))


class Base:
    tag = "base"

    def hello(self):
        return "hello from " + self.tag


class A(Base):
    tag = "a"

    def hello(self):
        return "A says " + Base.hello(self)


class B(Base):
    def extra(self):
        return "B.extra sees " + self.tag


class AB(A, B):
    pass


# Every name is found in the left branch or only once: the same under any lookup order.
ab = AB()
print(ab.hello(), ab.extra(), ab.tag)


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self


class Doubler(Counter):
    def inc(self):
        Counter.inc(self)
        Counter.inc(self)
        return self


class Tripler(Counter):
    def inc(self):
        for _ in range(3):
            Counter.inc(self)
        return self


class Both(Doubler, Tripler):
    def inc(self):
        Doubler.inc(self)
        Tripler.inc(self)
        return self


print(Both().inc().n, Doubler().inc().inc().n, Tripler().inc().n)
