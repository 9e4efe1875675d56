# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

def is_five(x):
    if x = 5:
        return True
    return False
