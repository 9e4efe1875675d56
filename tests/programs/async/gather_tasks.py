# A tiny task library in the program: Task objects wrap coroutines, a loop runs them in turns,
# `await task` waits for another task's result, and gather() collects results in order, with an
# exception raised by a task passed on to the task that awaits it.


class Yield:
    def __await__(self):
        yield None

    __iter__ = __await__


class Task:
    loop = None

    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self.done = False
        self.result = None
        self.error = None
        Task.loop.append(self)

    def step(self):
        try:
            self.coro.send(None)
        except StopIteration as e:
            self.done = True
            self.result = e.value
        except Exception as e:
            self.done = True
            self.error = e

    def __await__(self):
        while not self.done:
            yield None
        if self.error is not None:
            raise self.error
        return self.result

    __iter__ = __await__


def run_all(main):
    Task.loop = []
    top = Task(main, "main")
    turns = 0
    while not top.done:
        for t in list(Task.loop):
            if not t.done:
                t.step()
        turns += 1
    return top.result if top.error is None else "main failed: " + type(top.error).__name__, turns


async def work(name, steps, value):
    for i in range(steps):
        print(name, "step", i)
        await Yield()
    return value


async def broken(steps):
    for _ in range(steps):
        await Yield()
    raise ValueError("task broke")


async def gather(*coros):
    tasks = [Task(c, "t%d" % i) for i, c in enumerate(coros)]
    results = []
    for t in tasks:
        results.append(await t)
    return results


async def main1():
    return await gather(work("a", 2, "A"), work("b", 1, "B"), work("c", 3, "C"))


print(run_all(main1()))


async def main2():
    try:
        await gather(work("x", 1, 1), broken(2))
    except ValueError as e:
        return "gather raised " + e.args[0]


print(run_all(main2()))


async def main3():
    t = Task(work("bg", 3, "background"), "bg")
    mine = await work("fg", 1, "foreground")
    theirs = await t
    again = await t
    return mine, theirs, again


print(run_all(main3()))


async def main4():
    return await gather()


print(run_all(main4()))
