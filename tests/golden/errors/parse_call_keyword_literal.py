def f(**kw):
    return kw


f("key"=2)
