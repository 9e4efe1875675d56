# MicroPython only: when a class body assigns a name that the enclosing function also binds, a
# method of that class reading the name gets the global of that name, not the enclosing
# function's variable (CPython gives the function's variable, since class-body names are never
# visible to methods). Reads in the class body itself, and classes that do not assign the name,
# behave as in CPython. Output from stock MicroPython; CPython prints "enclosing" for the
# method read.

x = "global"


def outer():
    x = "enclosing"

    class Assigns:
        before = x  # the class body's own x is not bound yet: the global
        x = "class"
        after = x

        def method(self):
            return x

    class Reads:
        seen = x

        def method(self):
            return x

    return Assigns.before, Assigns.after, Assigns().method(), Reads.seen, Reads().method()


print(outer())


def other():
    y = "enclosing y"

    class K:
        y = "class y"

        def get(self):
            return y

    return K().get()


try:
    print(other())
except NameError:
    print("NameError: no global y")
