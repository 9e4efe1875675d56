# Cancelling tasks by throwing an exception into them: the task sees the exception at its await,
# finally blocks run, a task may catch it and finish cleanly, and cancellation of a task that is
# awaiting another coroutine reaches the innermost await.


class Cancelled(Exception):
    pass


class Tick:
    def __await__(self):
        yield "tick"

    __iter__ = __await__


async def worker(name, log):
    try:
        i = 0
        while True:
            log.append("%s %d" % (name, i))
            i += 1
            await Tick()
    finally:
        log.append(name + " cleaned up")


async def polite(log):
    try:
        while True:
            await Tick()
    except Cancelled:
        log.append("polite caught cancel")
        return "polite result"


async def leaf(log):
    try:
        await Tick()
        await Tick()
    except Cancelled:
        log.append("leaf saw cancel")
        raise


async def middle(log):
    try:
        await leaf(log)
    finally:
        log.append("middle finally")


def cancel(coro):
    try:
        coro.throw(Cancelled("stop"))
    except Cancelled as e:
        return "cancelled " + e.args[0]
    except StopIteration as e:
        return "finished with " + repr(e.value)
    return "still running"


log = []
w = worker("w", log)
for _ in range(3):
    w.send(None)
print(cancel(w))
p = polite(log)
p.send(None)
print(cancel(p))
m = middle(log)
m.send(None)
print(cancel(m))
print("\n".join(log))


async def stubborn(log):
    # Catches one cancellation and keeps going; the second one ends it.
    for attempt in range(2):
        try:
            await Tick()
        except Cancelled:
            log.append("ignored cancel %d" % attempt)
    return "stubborn done"


log2 = []
s = stubborn(log2)
s.send(None)
print(cancel(s))
print(cancel(s))
print(log2)


def run_with_timeout(coro, max_ticks):
    for n in range(max_ticks):
        try:
            coro.send(None)
        except StopIteration as e:
            return "completed after %d ticks: %r" % (n, e.value)
    return "timeout: " + cancel(coro)


async def slow(n):
    for _ in range(n):
        await Tick()
    return n


print(run_with_timeout(slow(2), 5))
print(run_with_timeout(slow(9), 5))
