# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

x = 3
print(x)
elif x > 2:
    print("big")
