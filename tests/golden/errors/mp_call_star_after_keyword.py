def f(*args, **kwargs):
    return args, kwargs


print(f(key=1, *[2, 3]))
