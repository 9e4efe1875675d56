def outer():
    size = 1

    def inner():
        nonlocal size
        size: int = 3

    inner()
