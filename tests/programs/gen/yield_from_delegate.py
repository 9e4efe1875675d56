# yield from passes send, throw and close through to the sub-generator: sent values reach the
# inner yield, thrown exceptions are handled by the inner generator (or propagate out through
# the outer one), close closes the inner generator first, and all of this through two levels.

log = []


def inner():
    try:
        while True:
            try:
                got = yield "inner ready"
                log.append("inner got %r" % (got,))
                if got == "done":
                    return "inner finished"
            except ValueError as e:
                log.append("inner handled %r" % (e.args,))
    finally:
        log.append("inner finally")


def middle():
    try:
        r = yield from inner()
        log.append("middle got " + r)
        yield "middle after"
    finally:
        log.append("middle finally")


def outer():
    r = yield from middle()
    return r


# send through two levels.
g = outer()
print(next(g), g.send(1), g.send("x"))
print(g.send("done"))
print(log)
log.clear()
try:
    next(g)
except StopIteration as s:
    print("outer returned", s.value, log)

# throw handled by the inner generator.
log.clear()
g = outer()
next(g)
print(g.throw(ValueError("v")), log)

# throw not handled: propagates through every level, finally blocks run innermost first.
log.clear()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e.args, log)

# close closes the innermost generator first.
log.clear()
g = outer()
next(g)
g.close()
print(log)


# The outer generator can catch what the inner one raised.
def catcher():
    try:
        yield from inner()
    except KeyError:
        yield "outer caught KeyError"


log.clear()
g = catcher()
next(g)
print(g.throw(KeyError), log)
g.close()


# Values sent to the outer generator while no sub-generator is active go to its own yield.
def relay():
    first = yield "relay start"
    r = yield from inner()
    second = yield "relay end %r" % (first,)
    yield second


log.clear()
g = relay()
print(next(g), g.send("f"), g.send("to inner"), g.send("done"), g.send("s"))
print(log)
