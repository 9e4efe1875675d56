# await inside try/except/finally: finally blocks that await, exceptions raised after a
# suspension and caught in the same coroutine, return inside try overriding nothing, and finally
# running when the coroutine is closed or an exception is thrown in.


class Step:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label

    __iter__ = __await__


def run(coro):
    labels = []
    try:
        while True:
            labels.append(coro.send(None))
    except StopIteration as e:
        return labels, e.value


async def clean():
    try:
        await Step("work")
        return "body result"
    finally:
        await Step("cleanup")
        print("finally ran")


print(run(clean()))


async def raise_after_await():
    try:
        await Step("before error")
        raise ValueError("late")
    except ValueError as e:
        await Step("handling")
        return "handled " + e.args[0]
    finally:
        await Step("finally")


print(run(raise_after_await()))


async def inner():
    try:
        await Step("inner")
        raise KeyError("from inner")
    finally:
        await Step("inner finally")


async def outer():
    try:
        await inner()
    except KeyError as e:
        await Step("outer except")
        return "outer caught " + e.args[0]


print(run(outer()))


async def loop_with_finally():
    done = []
    for i in range(3):
        try:
            if i == 1:
                continue
            await Step("iter %d" % i)
            done.append(i)
        finally:
            await Step("finally %d" % i)
    return done


print(run(loop_with_finally()))


async def guarded():
    try:
        await Step("waiting")
        await Step("never")
    finally:
        print("guarded finally (no await here)")


g = guarded()
print(g.send(None))
g.close()


async def rethrow():
    try:
        await Step("a")
    except RuntimeError:
        await Step("after throw")
        raise TypeError("converted")
    finally:
        print("rethrow finally")


r = rethrow()
r.send(None)
print(r.throw(RuntimeError()))
try:
    r.send(None)
except TypeError as e:
    print("TypeError", e.args)


async def nested_finally():
    log = []
    try:
        try:
            await Step("deep")
            return "returned"
        finally:
            log.append("inner")
            await Step("inner finally")
    finally:
        log.append("outer")
        print(log)


print(run(nested_finally()))
