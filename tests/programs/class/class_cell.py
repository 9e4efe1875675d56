# The implicit __class__ cell: it names the class whose body defines the method (not type(self)),
# is shared by nested functions and lambdas in the method, and is what zero-argument super()
# uses; a class body's own names stay out of method scopes.


class Base:
    def defined_in(self):
        return __class__.__name__

    def actual(self):
        return type(self).__name__

    def nested(self):
        def inner():
            return __class__.__name__

        return inner()

    def via_lambda(self):
        get = lambda: __class__
        return get().__name__

    def same_object(self):
        return __class__ is Base


class Derived(Base):
    def defined_in(self):
        return __class__.__name__ + ">" + super().defined_in()

    def make_sibling(self):
        # __class__ can be called like the class itself.
        return __class__()


d = Derived()
print(d.defined_in(), d.actual(), d.nested(), d.via_lambda(), d.same_object())
print(type(d.make_sibling()).__name__)
print(Base().defined_in(), Base().actual())


def factory(tag):
    class Made:
        def info(self):
            # The method sees the function's local `tag` and the cell of its own class.
            return "%s/%s" % (tag, __class__.__name__)

    return Made


M1 = factory("one")
M2 = factory("two")
print(M1().info(), M2().info(), M1 is M2)


class Counter:
    n = 0

    def bump(self):
        # Reaches the class attribute through __class__, whatever subclass self is.
        __class__.n += 1
        return __class__.n


class SubCounter(Counter):
    n = 100


print(Counter().bump(), SubCounter().bump(), Counter.n, SubCounter.n)


x = "global x"


class Scope:
    x = "class x"

    def method(self):
        # Class-body names are not visible from methods; the global is.
        return x

    y = x + " seen in body"


print(Scope().method(), Scope.y, Scope.x)


class Outer:
    def method(self):
        class Inner:
            def who(self):
                return __class__.__name__

        return Inner().who() + " in " + __class__.__name__


print(Outer().method())
