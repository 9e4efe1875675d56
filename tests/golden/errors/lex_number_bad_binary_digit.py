# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

MASKS = [0b0001, 0b0010, 0b0102]
