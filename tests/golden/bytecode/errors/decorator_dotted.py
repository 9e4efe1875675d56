@micropython.a.b
def f():
    pass
