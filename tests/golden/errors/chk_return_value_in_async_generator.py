async def ticker(n):
    for i in range(n):
        yield i
    return n
