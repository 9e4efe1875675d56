def f(a):
    if a:
        return 1
    else:
        return 2
    else:
        return 3
