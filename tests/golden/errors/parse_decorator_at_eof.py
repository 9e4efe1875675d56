def deco(fn):
    return fn


@deco
