value = 1


def outer():
    def inner():
        nonlocal value
        value = 2

    return inner
