# Synchronisation objects for a hand-written scheduler: an Event that parks waiters until set,
# and a Lock used through `async with` that admits one task at a time in arrival order.


class Park:
    def __await__(self):
        yield

    __iter__ = __await__


class Event:
    def __init__(self):
        self.is_set = False

    def set(self):
        self.is_set = True

    async def wait(self):
        while not self.is_set:
            await Park()
        return True


class Lock:
    def __init__(self):
        self.owner = None
        self.waiting = []

    async def __aenter__(self):
        me = object()
        self.waiting.append(me)
        while self.owner is not None or self.waiting[0] is not me:
            await Park()
        self.waiting.pop(0)
        self.owner = me
        return self

    async def __aexit__(self, *exc):
        self.owner = None
        return False


def run(coros):
    tasks = list(coros)
    rounds = 0
    while tasks:
        rounds += 1
        for t in list(tasks):
            try:
                t.send(None)
            except StopIteration:
                tasks.remove(t)
    return rounds


log = []
ev = Event()


async def waiter(name):
    log.append(name + " waits")
    await ev.wait()
    log.append(name + " released")


async def setter(delay):
    for _ in range(delay):
        await Park()
    log.append("set!")
    ev.set()


print(run([waiter("a"), waiter("b"), setter(3)]))
print(log)

lock = Lock()
shared = []


async def critical(name, steps):
    async with lock:
        for i in range(steps):
            shared.append("%s%d" % (name, i))
            await Park()
    async with lock:
        shared.append(name + "!")


print(run([critical("x", 2), critical("y", 3), critical("z", 1)]))
print(shared)

log.clear()
ev2 = Event()
ev2.set()


async def no_wait():
    r = await ev2.wait()
    log.append("already set: %s" % r)


print(run([no_wait()]), log)
