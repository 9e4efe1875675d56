def f(**kw):
    return kw


f(obj.name=2)
