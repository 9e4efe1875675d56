# async def and await, driven by hand with send() so no event loop is needed.


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield "tick"
        return self.value

    __iter__ = __await__


async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y


async def chain(n):
    total = 0
    for i in range(n):
        total += await add(i, i)
    return total


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as stop:
            return stop.value, ticks


print(run(add(2, 3)))
print(run(chain(4)))
