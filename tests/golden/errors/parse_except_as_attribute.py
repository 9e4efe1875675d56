class Box:
    pass


box = Box()
try:
    int("x")
except ValueError as box.err:
    pass
