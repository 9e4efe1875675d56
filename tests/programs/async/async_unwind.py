# Leaving nested async with and async for blocks by continue, break, return and exceptions from
# inside try/finally: every __aexit__ runs once, in the right order, also the suspending ones,
# and `as` targets that are tuples or subscripts are assigned.


class Step:
    def __await__(self):
        yield

    __iter__ = __await__


log = []


class CM:
    def __init__(self, n, suppress=False):
        self.n = n
        self.suppress = suppress

    async def __aenter__(self):
        log.append("in%d" % self.n)
        await Step()
        return (self.n, self.n * 2)

    async def __aexit__(self, exc_type, exc, tb):
        await Step()
        log.append("out%d%s" % (self.n, "" if exc_type is None else ":" + exc_type.__name__))
        return self.suppress


class Upto:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Step()
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i


async def main():
    box = [None]
    for i in range(4):
        try:
            async with CM(i) as (a, b):
                if i == 0:
                    continue
                async with CM(i + 10) as box[0]:
                    if i == 2:
                        break
                    log.append(box[0])
        finally:
            log.append("finally%d" % i)
    async for j in Upto(3):
        async with CM(20 + j, suppress=True):
            try:
                if j == 2:
                    raise ValueError
                async for k in Upto(2):
                    if k == 2:
                        continue
                    async with CM(30 + k):
                        if j == 3:
                            return "returned"
            finally:
                log.append("f%d" % j)
    return "fell off the end"


def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n


print(run(main()))
for i in range(0, len(log), 8):
    print(log[i : i + 8])
