# async with: __aenter__ and __aexit__ are coroutines that may suspend, the value of __aenter__
# is bound by `as`, __aexit__ sees the exception and may suppress it, and several managers in
# one statement exit in reverse order.


class Step:
    def __await__(self):
        yield "step"

    __iter__ = __await__


class Conn:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("open", self.name)
        await Step()
        return self.name + "-handle"

    async def __aexit__(self, exc_type, exc, tb):
        await Step()
        if exc_type is None:
            print("close", self.name)
        else:
            print("close", self.name, "after", exc_type.__name__, exc.args)
        return self.suppress


def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            print("result", e.value, "after", n, "suspensions")
            return


async def basic():
    async with Conn("db") as h:
        print("using", h)
        await Step()
    return "basic ok"


async def suppressed():
    async with Conn("s", suppress=True):
        raise ValueError("hidden")
    return "went on"


async def propagated():
    try:
        async with Conn("p"):
            raise KeyError("k")
    except KeyError as e:
        return "caught " + e.args[0]


async def two():
    async with Conn("outer") as a, Conn("inner") as b:
        print("both", a, b)
    return "two ok"


async def nested_suppress():
    async with Conn("keeper", suppress=True):
        async with Conn("leaker"):
            raise IndexError(3)
        print("not reached")
    return "outer swallowed it"


for fn in (basic, suppressed, propagated, two, nested_suppress):
    print("--", fn.__name__)
    run(fn())


class SyncAndAsync:
    # The same object can be both kinds of context manager.
    def __enter__(self):
        return "sync"

    def __exit__(self, *a):
        return False

    async def __aenter__(self):
        return "async"

    async def __aexit__(self, *a):
        return False


async def both_kinds():
    m = SyncAndAsync()
    with m as x:
        async with m as y:
            return x, y


run(both_kinds())
