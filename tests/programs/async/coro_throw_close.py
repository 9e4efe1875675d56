# throw() and close() on suspended coroutines: an exception thrown in is raised at the await and
# can be caught there, an uncaught one comes out of throw(), close() raises GeneratorExit inside
# so finally blocks run, and a coroutine that catches the throw can suspend again.


class Pause:
    def __await__(self):
        v = yield "paused"
        return v

    __iter__ = __await__


async def resilient():
    errors = []
    for _ in range(3):
        try:
            v = await Pause()
            errors.append("value %s" % v)
        except ValueError as e:
            errors.append("caught %s" % e.args[0])
    return errors


c = resilient()
print(c.send(None))
print(c.throw(ValueError("one")))
print(c.send(5))
try:
    c.throw(ValueError("two"))
except StopIteration as e:
    print("result", e.value)


async def fragile():
    try:
        await Pause()
    finally:
        print("fragile cleanup")
    print("not reached")


f = fragile()
f.send(None)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("KeyError out of throw", e.args)


async def guarded():
    try:
        await Pause()
        await Pause()
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("guarded finally")


g = guarded()
g.send(None)
g.close()
print("closed")
g.close()
print("second close is a no-op")


async def convert():
    try:
        await Pause()
    except IndexError:
        return "converted to a return value"


cv = convert()
cv.send(None)
try:
    cv.throw(IndexError)
except StopIteration as e:
    print(e.value)


async def inner():
    try:
        await Pause()
    except ZeroDivisionError:
        print("inner caught")
        return "inner result"


async def outer():
    r = await inner()
    return "outer got " + r


o = outer()
o.send(None)
try:
    o.throw(ZeroDivisionError())
except StopIteration as e:
    print(e.value)
