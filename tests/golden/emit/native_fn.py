@micropython.native
def f(a):
    return a
