# Name resolution corner cases: class bodies do not enclose methods,
# comprehensions in class bodies, global declared in a class, nonlocal across
# several levels, a redundant module-level global, and shadowing of built-ins.

global x
x = "module"


class Scope:
    x = "class"
    doubled = [x * 2 for x in ("a", "b")]
    global counter
    counter = 100

    def method(self):
        return x

    def via_class(self):
        return Scope.x


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "rebound by inner"
            return x

        return inner()

    before = x
    middle()
    return before, x


def shadow():
    len = lambda s: "shadowed"
    return len("abc")


def uses_global():
    return x, counter


s = Scope()
print(s.method(), s.via_class(), Scope.doubled, counter)
print(outer(), shadow(), len("abc"), uses_global())
if __name__ != "__never__":  # true whether run as a script or imported
    print("main guard")
