# More async code: async methods, decorated coroutines, await in many
# expression positions, async generators consumed manually, and a round-robin
# scheduler built on send().


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield self
        return self.ticks

    __iter__ = __await__


def traced(fn):
    async def wrapper(*args):
        result = await fn(*args)
        return ("traced", result)

    return wrapper


class Worker:
    def __init__(self, name, steps):
        self.name = name
        self.steps = steps

    async def run(self, log):
        for i in range(self.steps):
            waited = await Sleep(1)
            log.append("%s step %d (%d)" % (self.name, i, waited))
        return self.name


@traced
async def compute(x):
    total = await Sleep(2) + await Sleep(1)
    values = [await Sleep(1), await Sleep(2)]
    if await Sleep(0) == 0 and not await Sleep(0):
        total += 10
    return x * total + sum(values)


def schedule(coros):
    results = {}
    queue = list(enumerate(coros))
    while queue:
        idx, coro = queue.pop(0)
        try:
            coro.send(None)
        except StopIteration as done:
            results[idx] = done.value
        else:
            queue.append((idx, coro))
    return [results[i] for i in sorted(results)]


log = []
print(schedule([Worker("a", 3).run(log), Worker("b", 1).run(log), compute(2)]))
print("\n".join(log))
