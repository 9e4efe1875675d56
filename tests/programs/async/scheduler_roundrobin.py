# A round-robin scheduler written in the program: tasks are coroutines, `await switch()` gives the
# turn to the next task, and a task's return value is collected when it finishes.


class Switch:
    def __await__(self):
        yield "switch"

    __iter__ = __await__


def switch():
    return Switch()


class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
        self.steps = 0

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            self.steps += 1
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print("done", name, e.value)
            else:
                self.ready.append((name, coro))


async def worker(name, n):
    total = 0
    for i in range(n):
        print(name, "step", i)
        total += i
        await switch()
    return total


async def talker(words):
    out = []
    for w in words:
        out.append(w.upper())
        await switch()
        await switch()
    return "-".join(out)


async def quick():
    return "immediate"


s = Scheduler()
s.spawn("a", worker("a", 3))
s.spawn("b", worker("b", 1))
s.spawn("t", talker(["x", "y"]))
s.spawn("q", quick())
s.run()
print(sorted(s.results.items()), s.steps)


async def nested_yields(depth):
    if depth:
        await switch()
        return 1 + await nested_yields(depth - 1)
    return 0


async def counter(label, limit, log):
    for i in range(limit):
        log.append(label + str(i))
        await switch()


log = []
s2 = Scheduler()
s2.spawn("deep", nested_yields(4))
s2.spawn("c1", counter("p", 3, log))
s2.spawn("c2", counter("q", 2, log))
s2.run()
print(log, s2.results["deep"])
