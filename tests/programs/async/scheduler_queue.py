# Producer and consumer tasks exchanging items through a queue with a capacity: awaiting get()
# on an empty queue or put() on a full one parks the task until the other side acts.


class Park:
    def __await__(self):
        yield "park"

    __iter__ = __await__


class Queue:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity

    async def put(self, item):
        while len(self.items) >= self.capacity:
            print("  put waits, queue full")
            await Park()
        self.items.append(item)

    async def get(self):
        while not self.items:
            print("  get waits, queue empty")
            await Park()
        return self.items.pop(0)


def run(tasks):
    tasks = list(tasks)
    results = []
    while tasks:
        t = tasks.pop(0)
        try:
            t.send(None)
            tasks.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results


async def producer(q, n):
    for i in range(n):
        print("produce", i)
        await q.put(i)
    await q.put(None)
    return "producer done"


async def consumer(q, name):
    got = []
    while True:
        item = await q.get()
        if item is None:
            await q.put(None)  # let the other consumers stop too
            return "%s got %s" % (name, got)
        print(name, "consumes", item)
        got.append(item)


q = Queue(2)
print(run([producer(q, 5), consumer(q, "c1")]))

q2 = Queue(1)
print(run([consumer(q2, "x"), consumer(q2, "y"), producer(q2, 4)]))


async def pipeline_stage(src, dst, fn):
    while True:
        item = await src.get()
        await dst.put(None if item is None else fn(item))
        if item is None:
            return "stage done"


async def feed(q, items):
    for x in items:
        await q.put(x)
    await q.put(None)


async def collect(q, out):
    while True:
        x = await q.get()
        if x is None:
            return out
        out.append(x)


a, b, c = Queue(1), Queue(1), Queue(1)
print(run([feed(a, [1, 2, 3]), pipeline_stage(a, b, lambda v: v * 10),
           pipeline_stage(b, c, lambda v: v + 1), collect(c, [])]))
