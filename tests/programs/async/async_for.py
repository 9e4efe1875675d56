# async for: __aiter__ returns an object whose __anext__ coroutine gives items and raises
# StopAsyncIteration at the end; items may be produced after suspending; break, continue and
# the else clause behave as in a for loop.


class Step:
    def __await__(self):
        yield "step"

    __iter__ = __await__


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await Step()
        self.n -= 1
        return self.n + 1


class Chunks:
    # __aiter__ returns a separate iterator object.
    def __init__(self, data, size):
        self.data = data
        self.size = size

    def __aiter__(self):
        return ChunkIter(self.data, self.size)


class ChunkIter:
    def __init__(self, data, size):
        self.data = data
        self.size = size
        self.pos = 0

    async def __anext__(self):
        if self.pos >= len(self.data):
            raise StopAsyncIteration
        chunk = self.data[self.pos : self.pos + self.size]
        self.pos += self.size
        return chunk


def run(coro):
    suspensions = 0
    while True:
        try:
            coro.send(None)
            suspensions += 1
        except StopIteration as e:
            return e.value, suspensions


async def collect():
    out = []
    async for v in Countdown(4):
        out.append(v)
    return out


print(run(collect()))


async def with_else():
    log = []
    async for v in Countdown(2):
        log.append(v)
    else:
        log.append("else")
    async for v in Countdown(5):
        if v == 4:
            continue
        if v == 2:
            break
        log.append(v)
    else:
        log.append("no else after break")
    return log


print(run(with_else()))


async def chunks():
    parts = []
    async for c in Chunks("abcdefgh", 3):
        parts.append(c)
    async for c in Chunks([], 2):
        parts.append("never")
    return parts


print(run(chunks()))


async def nested():
    pairs = []
    async for a in Countdown(2):
        async for b in Chunks("xy", 1):
            pairs.append(str(a) + b)
    return pairs


print(run(nested()))


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("broken source")


async def failing():
    try:
        async for v in Failing():
            return "unreachable"
    except ValueError as e:
        return "caught " + e.args[0]


print(run(failing()))


async def unpacking():
    total = 0
    async for k, v in Chunks([1, 2, 3, 4], 2):
        total += k - v
    async for (k, v), in Chunks([(1, 2), (3, 4)], 1):
        total += k * v
    return total


print(run(unpacking()))
