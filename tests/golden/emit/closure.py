def outer(n):
    def inner(k=1):
        nonlocal n
        n += k
        return n
    return inner
