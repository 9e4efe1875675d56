# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

def f():
    return [x for x in (data := [1, 2, 3])]
