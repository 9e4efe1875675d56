# with statements with several context managers: enter order, reverse exit order, exceptions in
# the body seen by every manager, one manager suppressing for the outer ones, and the
# equivalence with nested with statements.

log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name

    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return self.suppress


with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append(a + b + c)
print(log)

log.clear()
try:
    with CM("a"), CM("b"), CM("c"):
        raise KeyError
except KeyError:
    log.append("caught")
print(log)

log.clear()
with CM("outer"), CM("middle", suppress=True), CM("inner"):
    raise ValueError
log.append("after")
print(log)

log.clear()
with CM("x") as x:
    with CM("y") as y:
        with CM("z") as z:
            log.append(x + y + z)
print(log)

# Targets may be any assignment target.
log.clear()
holder = {}
items = [None, None]
with CM("d") as holder["k"], CM("e") as items[1]:
    pass
print(holder, items, log)

# Many managers on one statement.
log.clear()
with CM("1"), CM("2"), CM("3"), CM("4"), CM("5"), CM("6"), CM("7"), CM("8"):
    log.append("body")
print(log)
