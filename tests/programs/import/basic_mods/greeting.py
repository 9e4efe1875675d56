# Helper for import/basic.py: module-level code that runs once, constants and functions.
print("greeting: module body runs, __name__ =", __name__)

GREETING = "hello"
loaded = 0


def greet(name):
    return "%s, %s" % (GREETING, name)


def shout(name):
    # Reaches a module global at call time.
    return greet(name).upper()


class Greeter:
    def __init__(self, punct):
        self.punct = punct

    def __call__(self, name):
        return greet(name) + self.punct
