# Generators, yield from, async/await, comprehensions and generator expressions.


def gen(n):
    for i in range(n):
        received = yield i
        if received:
            yield received


def delegate():
    result = yield from gen(3)
    yield
    return result


async def coro(x):
    await x
    async with x as y:
        pass
    async for item in x:
        print(item)
    return y


def comprehensions(data):
    lc = [v * 2 for v in data if v]
    dc = {k: v for k, v in data}
    sc = {v for v in data}
    ge = (v for v in data)
    nested = [(a, b) for a in data for b in data if a != b]
    return lc, dc, sc, ge, nested, sum(v for v in data)


def closure_in_comprehension(data, k):
    return [v + k for v in data]


for value in gen(2):
    print(value)
print([x for x in range(3)])
