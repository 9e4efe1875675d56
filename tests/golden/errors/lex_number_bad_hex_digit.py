# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

colors = {"red": 0xFF0000, "green": 0x00FF00, "blue": 0x0000FG}
