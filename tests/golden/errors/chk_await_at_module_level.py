async def task():
    return 1


result = await task()
