# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

values = [3, 1, 2]
if values:
print(sorted(values))
