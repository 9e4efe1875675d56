# async for and async with, with hand-written asynchronous iterators and
# context managers, driven without an event loop.


class Step:
    def __await__(self):
        yield None

    __iter__ = __await__


class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Step()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Session:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    async def __aenter__(self):
        self.log.append("open " + self.name)
        return self

    async def __aexit__(self, kind, value, tb):
        self.log.append("close " + self.name)
        return False


async def main(log):
    async with Session(log, "s1") as s, Session(log, "s2"):
        async for value in Countdown(3):
            log.append("%s got %d" % (s.name, value))
        else:
            log.append("exhausted")
    async for v in Countdown(5):
        if v == 2:
            break
    return v


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


log = []
print(run(main(log)))
print("\n".join(log))
