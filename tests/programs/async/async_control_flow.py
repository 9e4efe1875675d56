# Control flow inside coroutines: return, break and continue leaving async with and async for
# blocks, nested loops, while loops around awaits, and conditional awaits.


class Step:
    def __await__(self):
        yield

    __iter__ = __await__


class Managed:
    log = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        Managed.log.append("enter " + self.name)
        return self

    async def __aexit__(self, *exc):
        await Step()
        Managed.log.append("exit " + self.name)


class Items:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        await Step()
        return self.items.pop(0)


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


async def find(target):
    async for x in Items([3, 8, 5, 9]):
        async with Managed("check%d" % x):
            if x == target:
                return "found %d" % x
    return "missing"


print(run(find(5)), run(find(7)))
print(Managed.log)
Managed.log.clear()


async def loops():
    out = []
    for i in range(4):
        async with Managed(str(i)):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    async for x in Items("abcd"):
        if x == "b":
            continue
        async for y in Items("xyz"):
            if y == "y":
                break
            out.append(x + y)
    return out


print(run(loops()))
print(Managed.log)


async def countdown(n):
    steps = 0
    while n > 0:
        if n % 2:
            await Step()
            steps += 1
        n -= 1
    return steps


print(run(countdown(7)))


async def early(flag):
    if flag:
        return "early"
    await Step()
    return "late"


print(run(early(True)), run(early(False)))


async def try_in_loop():
    results = []
    async for x in Items([1, 0, 2]):
        try:
            results.append(10 // x)
        except ZeroDivisionError:
            results.append("div0")
            continue
        finally:
            await Step()
    return results


print(run(try_in_loop()))
