# Multiple inheritance without conflicting overrides: mixins, lookup of names defined in only one
# base, the first base winning for a name both bases define, and isinstance against each base.


class JsonMixin:
    def to_text(self):
        keys = sorted(self.fields())
        return "{" + ", ".join("%s: %r" % (k, getattr(self, k)) for k in keys) + "}"


class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __hash__(self):
        return hash(self.key())


class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def fields(self):
        return ["name", "age"]

    def key(self):
        return (self.age, self.name)


class Employee(JsonMixin, CompareMixin, Person):
    def __init__(self, name, age, dept):
        Person.__init__(self, name, age)
        self.dept = dept

    def fields(self):
        return Person.fields(self) + ["dept"]


a = Employee("ann", 40, "ops")
b = Employee("bob", 30, "dev")
c = Employee("ann", 40, "qa")
print(a.to_text())
print(b.to_text())
print(a == c, a == b, b < a, sorted([a, b])[0].name, len({a, b, c}))
print(isinstance(a, JsonMixin), isinstance(a, CompareMixin), isinstance(a, Person))
print(issubclass(Employee, (int, Person)), issubclass(JsonMixin, Person))


class Left:
    side = "left"

    def who(self):
        return "Left.who"

    def only_left(self):
        return "only in Left"


class Right:
    side = "right"

    def who(self):
        return "Right.who"

    def only_right(self):
        return "only in Right"


class LR(Left, Right):
    pass


class RL(Right, Left):
    pass


for obj in (LR(), RL()):
    print(type(obj).__name__, obj.side, obj.who(), obj.only_left(), obj.only_right())


class Flyer:
    def move(self):
        return "fly"

    def can_fly(self):
        return True


class Swimmer:
    def move(self):
        return "swim"

    def can_swim(self):
        return True


class Duck(Flyer, Swimmer):
    def move(self):
        return "+".join([Flyer.move(self), Swimmer.move(self), "walk"])


d = Duck()
print(d.move(), d.can_fly(), d.can_swim())
print([c.__name__ for c in Duck.__bases__], len(LR.__bases__))


class WithInit1:
    def __init__(self):
        self.one = 1


class WithInit2:
    def __init__(self):
        self.two = 2


class Both(WithInit1, WithInit2):
    def __init__(self):
        WithInit1.__init__(self)
        WithInit2.__init__(self)


class FirstOnly(WithInit1, WithInit2):
    pass


bo = Both()
print(bo.one, bo.two, hasattr(FirstOnly(), "one"), hasattr(FirstOnly(), "two"))
