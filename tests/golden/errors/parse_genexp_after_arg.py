# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

values = [3, 4]
joined = "-".join("x", str(v) for v in values)
