# Golden bytecode test: compiled by mpyc and by stock mpy-cross, compared byte for byte.
async def f(x):
    await x
    await x.y(1)
    async for i in x:
        print(i)
    else:
        print("done")
    async with a as b, c:
        print(b)
    async for j in y:
        break
    return await g()
async def gen():
    yield 1
    yield x
    y = yield
def g():
    x = yield 1, 2
    yield
    return x
lam = lambda: (yield)
