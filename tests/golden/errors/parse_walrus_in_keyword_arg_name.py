def f(**kw):
    return kw


f(x := 1 = 2)
