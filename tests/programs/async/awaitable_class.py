# Awaitable classes: __await__ written as a generator (also exposed as __iter__, which is what
# MicroPython awaits), awaitables that suspend several times, that return without suspending, and
# awaitable objects reused and awaited from several coroutines.


class Ticks:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield "tick %d/%d" % (i + 1, self.n)
        return self.n

    __iter__ = __await__


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield  # never reached: makes this a generator

    __iter__ = __await__


class Future:
    def __init__(self):
        self.done = False
        self.result = None

    def set(self, v):
        self.done = True
        self.result = v

    def __await__(self):
        while not self.done:
            yield self
        return self.result

    __iter__ = __await__


async def user():
    a = await Ticks(3)
    b = await Ready("now")
    c = await Ticks(0)
    return a, b, c


def drive(coro):
    steps = []
    while True:
        try:
            steps.append(coro.send(None))
        except StopIteration as e:
            return steps, e.value


print(drive(user()))

fut = Future()


async def waiter(name):
    v = await fut
    return name + " got " + str(v)


w1 = waiter("w1")
w2 = waiter("w2")
print(w1.send(None) is fut, w2.send(None) is fut)
print(w1.send(None) is fut)
fut.set(42)
for w in (w1, w2):
    try:
        w.send(None)
    except StopIteration as e:
        print(e.value)


async def double_await():
    t = Ticks(2)
    first = await t
    second = await t
    return first + second


print(drive(double_await()))


class Delegate:
    # __await__ may hand back another awaitable's iterator.
    def __init__(self, inner):
        self.inner = inner

    def __await__(self):
        v = yield from self.inner.__await__()
        return ("wrapped", v)

    __iter__ = __await__


async def wrapped():
    return await Delegate(Ticks(2))


print(drive(wrapped()))
