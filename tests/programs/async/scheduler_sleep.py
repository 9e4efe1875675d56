# A scheduler with a virtual clock: `await sleep(t)` parks a task until the clock reaches its
# wake-up time; a heap orders the sleepers, and ties run in the order they went to sleep.
import heapq


class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield self.delay

    __iter__ = __await__


class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0

    def at(self, when, name, coro):
        heapq.heappush(self.queue, (when, self.seq, name, coro))
        self.seq += 1

    def spawn(self, name, coro):
        self.at(self.now, name, coro)

    def run(self):
        while self.queue:
            when, _, name, coro = heapq.heappop(self.queue)
            self.now = when
            try:
                delay = coro.send(None)
            except StopIteration as e:
                print("t=%d %s finished -> %r" % (self.now, name, e.value))
                continue
            self.at(self.now + delay, name, coro)


loop = Loop()


async def blinker(name, period, times):
    for i in range(times):
        print("t=%d %s blink %d" % (loop.now, name, i))
        await Sleep(period)
    return times


async def alarm(after):
    await Sleep(after)
    print("t=%d alarm!" % loop.now)
    return "rang"


async def staged():
    # Awaiting a helper coroutine that sleeps too.
    t0 = loop.now
    await alarm(3)
    await Sleep(0)
    return loop.now - t0


loop.spawn("fast", blinker("fast", 2, 4))
loop.spawn("slow", blinker("slow", 5, 2))
loop.spawn("alarm", alarm(7))
loop.spawn("staged", staged())
loop.run()
print("final time", loop.now)
