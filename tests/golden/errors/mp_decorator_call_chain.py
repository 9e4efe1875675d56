def outer(a):
    def middle(b):
        def inner(fn):
            return fn
        return inner
    return middle


@outer(1)(2)
def work():
    return 3
