async def co(m, g):
    await g()
    async with m as v:
        return v
    async for i in g():
        pass
def gen():
    x = yield 1
    yield from x
