# Calls where MicroPython deliberately differs from CPython, so the expected output is stock
# MicroPython's (NAME.py.exp): ** applied to a non-mapping raises AttributeError (CPython:
# TypeError), functions take no user attributes (AttributeError; CPython stores them), and the
# iterables of * arguments are consumed by the call itself, after every argument expression has
# been evaluated (CPython consumes each one in its place).


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

log = []


def items(tag, n):
    for i in range(n):
        log.append(tag + str(i))
        yield i


def note(tag):
    log.append(tag)
    return tag


print(f(note("a"), *items("s", 2), note("b"), *items("t", 1), k=note("k")), log)
log.clear()
try:
    f(note("a"), *5, note("after"))
except TypeError:
    log.append("TypeError")
print(log)
