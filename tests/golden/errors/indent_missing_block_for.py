# Shared state for the demo.
registry = {}


def register(name, value):
    registry[name] = value
    return value


register("start", 0)

total = 0
for n in range(10):
total += n
print(total)
