# Throwing into a generator that has already finished: CPython raises the thrown exception,
# MicroPython raises StopIteration instead, so the expected output is stock MicroPython's
# (NAME.py.exp). Throwing into a running or unstarted generator is the same in both.


def two():
    yield 1
    yield 2


def fails():
    yield 1
    raise KeyError("inside")


def returns():
    yield 1
    return "value"


def finish(gen):
    try:
        for _ in gen:
            pass
    except KeyError:
        pass
    return gen


for make in (two, fails, returns):
    g = finish(make())
    for exc in (ValueError("thrown"), TypeError):
        try:
            g.throw(exc)
            print(make.__name__, "no exception")
        except StopIteration as e:
            print(make.__name__, "StopIteration", e.args)
        except (ValueError, TypeError) as e:
            print(make.__name__, type(e).__name__, e.args)

# A closed generator behaves the same way.
g = two()
next(g)
g.close()
try:
    g.throw(IndexError("after close"))
except StopIteration:
    print("closed: StopIteration")
except IndexError as e:
    print("closed: IndexError", e.args)

# Unstarted and suspended generators raise the thrown exception in both.
for started in (False, True):
    g = two()
    if started:
        next(g)
    try:
        g.throw(IndexError("live"))
    except IndexError as e:
        print("started" if started else "unstarted", "IndexError", e.args)
