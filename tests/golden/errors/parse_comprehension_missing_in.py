# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

squares = [x * x for x range(5)]
