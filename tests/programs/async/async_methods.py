# async def in other places: methods, static and class methods, nested async functions that
# close over variables, async functions passed around as values, recursion, and default and
# keyword arguments.


class Step:
    def __await__(self):
        yield

    __iter__ = __await__


def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n


class Service:
    prefix = "svc"

    def __init__(self, name):
        self.name = name
        self.calls = 0

    async def fetch(self, key, *, retries=1):
        self.calls += 1
        for _ in range(retries):
            await Step()
        return "%s:%s:%s" % (self.prefix, self.name, key)

    @staticmethod
    async def ping():
        await Step()
        return "pong"

    @classmethod
    async def create(cls, name):
        await Step()
        return cls(name)


async def main():
    s = await Service.create("api")
    a = await s.fetch("users")
    b = await s.fetch("items", retries=3)
    c = await Service.ping()
    return [a, b, c, s.calls]


print(run(main()))


def make_counter():
    count = 0

    async def bump(by=1):
        nonlocal count
        await Step()
        count += by
        return count

    return bump


bump = make_counter()
print(run(bump()), run(bump(10)), run(bump(by=5)))


async def fact(n):
    if n <= 1:
        return 1
    await Step()
    return n * await fact(n - 1)


print(run(fact(6)))


async def apply(fn, values):
    out = []
    for v in values:
        out.append(await fn(v))
    return out


async def double(x):
    return 2 * x


async def negate(x):
    await Step()
    return -x


print(run(apply(double, [1, 2, 3])), run(apply(negate, [4, 5])))


async def args_demo(a, b=2, *rest, c, d=4, **kw):
    await Step()
    return a, b, rest, c, d, sorted(kw.items())


print(run(args_demo(1, c=3)))
print(run(args_demo(1, 5, 6, 7, c=0, e=9, f=8)))


def outer(tag):
    async def inner(x):
        async def innermost():
            await Step()
            return tag + str(x)

        return await innermost()

    return inner


print(run(outer("t")(7)))
print(callable(double), type(double).__name__ == type(fact).__name__)
