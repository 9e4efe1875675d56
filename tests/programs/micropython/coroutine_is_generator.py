# MicroPython only: a coroutine object is a generator (type name "generator"); resuming one that
# has finished or been closed raises StopIteration instead of RuntimeError; await goes through
# __iter__ and ignores __await__; a plain generator may be awaited; and `async def` with `yield`
# makes an ordinary generator, so async generators do not exist. Output from stock MicroPython.


async def coro():
    return 1


c = coro()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    c.send(None)
    print("resumed")
except StopIteration as e:
    print("again StopIteration", e.value)
except RuntimeError:
    print("RuntimeError")


class OnlyAwait:
    def __await__(self):
        yield "from __await__"
        return 1


class OnlyIter:
    def __iter__(self):
        yield "from __iter__"
        return 2


def gen():
    yield "from a generator"
    return 3


async def use(obj):
    return await obj


for obj in (OnlyAwait(), OnlyIter(), gen()):
    u = use(obj)
    try:
        print(u.send(None))
        u.send(None)
    except StopIteration as e:
        print("result", e.value)
    except TypeError:
        print("TypeError", type(obj).__name__)
        u.close()


async def agen():
    yield 1
    yield 2


a = agen()
print(type(a).__name__, hasattr(a, "__anext__"), list(a))
