# Coroutines driven by hand: send(None) starts them, values yielded by an awaitable come out of
# send(), the value sent back becomes the result of the await, and the return value arrives in
# StopIteration.value, also through chains of awaits.


class Ask:
    # An awaitable: the yield hands a request to the driver, which sends back the answer.
    # (MicroPython awaits through __iter__, CPython through __await__; the class has both.)
    def __init__(self, question):
        self.question = question

    def __await__(self):
        answer = yield self.question
        return answer

    __iter__ = __await__


async def add_two():
    a = await Ask("first?")
    b = await Ask("second?")
    return a + b


async def nothing():
    return "done at once"


async def chain(depth):
    if depth == 0:
        return await Ask("bottom")
    inner = await chain(depth - 1)
    return inner + 1


def run(coro, answers):
    # Drives coro to the end, answering each request from answers; returns the result.
    reply = None
    while True:
        try:
            request = coro.send(reply)
        except StopIteration as stop:
            return stop.value
        reply = answers.pop(0)
        print("  request", request, "->", reply)


print(run(add_two(), [3, 4]))
print(run(nothing(), []))
print(run(chain(5), [100]))

c = add_two()
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("finished with", e.value, e.args)


async def no_return():
    await Ask("q")


r = no_return()
r.send(None)
try:
    r.send("ignored")
except StopIteration as e:
    print("value", e.value)


async def sum_all(n):
    total = 0
    for i in range(n):
        total += await Ask(i)
    return total


print(run(sum_all(4), [1, 10, 100, 1000]))


async def compute(x):
    return x * x


async def outer():
    # Awaiting coroutines that never suspend runs them to completion in place.
    results = []
    for i in range(4):
        results.append(await compute(i))
    return results


print(run(outer(), []))
