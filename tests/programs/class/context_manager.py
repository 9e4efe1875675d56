# __enter__ and __exit__: the value bound by `as`, the arguments __exit__ receives, suppressing
# exceptions by returning true, exceptions raised in __enter__, nesting, and return/break/continue
# leaving a with block.


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "clean")
        else:
            print("exit", self.name, exc_type.__name__, exc.args, isinstance(exc, exc_type))
        return self.suppress


with Res("a") as v:
    print("body", v)

with Res("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Res("c"):
        raise KeyError("k")
except KeyError:
    print("caught KeyError")

with Res("outer", True), Res("inner") as iv:
    print("both", iv)
    raise ZeroDivisionError("zd")
print("after nested")


def leave(kind):
    for i in range(3):
        with Res("loop%d" % i):
            if kind == "return":
                return "returned"
            if kind == "break":
                break
            if kind == "continue" and i < 2:
                continue
            print("end of body", i)
    return "fell out"


print(leave("return"))
print(leave("break"))
print(leave("continue"))


class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *args):
        print("never")


try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError", e)


class Counter:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        return self

    def __exit__(self, *args):
        self.depth -= 1
        return False


c = Counter()
with c as c1:
    with c as c2:
        print(c1 is c2, c.depth)
    print(c.depth)
print(c.depth)


class Falsy:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        # Any false value propagates the exception.
        return 0


try:
    with Falsy() as nothing:
        print(nothing)
        raise IndexError
except IndexError:
    print("IndexError propagated")


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"


def swallow():
    with Truthy():
        raise TypeError
    return "after swallow"


print(swallow())
