# generator.throw: an exception raised at the paused yield, caught inside the generator (which
# then yields its next value), not caught (propagating to the caller and finishing the generator),
# thrown into a generator that has not started, and thrown as class or instance. (Throwing into a
# finished generator differs in MicroPython: gen_quirks.py.)


def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            n = -e.args[0] if e.args else -1
        except KeyError:
            return "stopped by KeyError"
        else:
            n += 1


g = resilient()
print(next(g), next(g))
print(g.throw(ValueError(5)), next(g))
print(g.throw(ValueError), next(g))
try:
    g.throw(KeyError("k"))
except StopIteration as s:
    print("return value", s.value)
try:
    next(g)
except StopIteration:
    print("finished")


def fragile():
    yield 1
    yield 2


g = fragile()
next(g)
try:
    g.throw(IndexError("boom"))
except IndexError as e:
    print("propagated", e.args)
print(list(g))

# Throwing into a generator that has not started raises the exception without running it.
log = []


def unstarted():
    log.append("body ran")
    yield 1


g = unstarted()
try:
    g.throw(TypeError("early"))
except TypeError as e:
    print("early throw", e.args, log)
print(list(g))


def with_finally():
    try:
        yield "in try"
    finally:
        log.append("finally ran")


log.clear()
g = with_finally()
next(g)
try:
    g.throw(ZeroDivisionError)
except ZeroDivisionError:
    print("ZeroDivisionError after", log)


def converts():
    try:
        yield
    except ValueError:
        raise TypeError("converted")


g = converts()
next(g)
try:
    g.throw(ValueError)
except TypeError as e:
    print("converted", e.args)


def yields_in_handler():
    try:
        yield 1
    except ValueError:
        yield "handled"
        yield "after"


g = yields_in_handler()
print(next(g), g.throw(ValueError), next(g), list(g))
