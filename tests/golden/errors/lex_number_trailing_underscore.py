# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

def budget():
    base = 1_000
    return base * 12_
