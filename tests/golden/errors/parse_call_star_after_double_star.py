def f(*args, **kwargs):
    return args


opts = {"a": 1}
f(**opts, *[1])
