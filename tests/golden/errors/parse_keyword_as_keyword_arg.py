def f(**kw):
    return kw


f(lambda=1)
