def f(*a, **k):
    return a


f(***[1])
