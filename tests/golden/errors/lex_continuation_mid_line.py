# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

a = 1
b = 2
c = a \ b
