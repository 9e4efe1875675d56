def deco(fn):
    return fn


@deco
x = 1
