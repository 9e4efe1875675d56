# `await` in a plain function or lambda, and `yield from` in an async function: CPython rejects
# them, stock mpy-cross compiles them (the function becomes a generator), and so does mpyc, with
# a warning.
def plain(x):
    y = await x
    return y


g = lambda x: await x


async def agen(x):
    yield from x


def both():
    await (yield 1)


print(plain(iter([])) is not None, g, agen, both)
