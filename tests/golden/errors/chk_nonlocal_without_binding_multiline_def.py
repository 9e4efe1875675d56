def outer():
    def inner(
        a,
        b,
    ):
        nonlocal total
        return a + b

    return inner
