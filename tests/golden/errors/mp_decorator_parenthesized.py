def deco(fn):
    return fn


@(deco)
def work():
    return 1
