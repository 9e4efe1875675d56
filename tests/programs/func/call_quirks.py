# Calls where MicroPython deliberately differs from CPython, so the expected output is stock
# MicroPython's (NAME.py.exp): ** applied to a non-mapping raises AttributeError (CPython:
# TypeError), and functions take no user attributes (AttributeError; CPython stores them).


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


for bad in (5, None, [1, 2], "ab"):
    try:
        f(**bad)
        print("accepted", type(bad).__name__)
    except (TypeError, AttributeError) as e:
        print(type(bad).__name__, type(e).__name__)


def g():
    return "g"


try:
    g.tag = "x"
    print("attribute stored", g.tag)
except AttributeError:
    print("AttributeError on function attribute")
print(g(), g.__name__)
