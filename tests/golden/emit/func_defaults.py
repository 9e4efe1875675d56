def f(a, b=2, *args, c, d=4, **kw):
    return a + b + c + d
print(f(1, c=3))
