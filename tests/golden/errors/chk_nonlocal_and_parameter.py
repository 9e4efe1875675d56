def outer():
    size = 0

    def inner(size):
        nonlocal size
        size = 2
