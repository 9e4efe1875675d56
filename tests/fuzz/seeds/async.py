import asyncio

async def worker(q):
    async with lock as l, other:
        async for item in q:
            await process(item)
    result = [await f(x) async for x in aiter()]
    return await asyncio.sleep(0)

async def agen():
    yield 1
