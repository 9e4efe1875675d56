# generator.close: GeneratorExit raised at the paused yield, finally blocks and with blocks run,
# a generator that catches GeneratorExit and returns, one that yields again (RuntimeError),
# closing unstarted and finished generators, and close being idempotent.

log = []


def guarded():
    try:
        log.append("start")
        yield 1
        yield 2
    finally:
        log.append("cleanup")


g = guarded()
print(next(g))
g.close()
print(log)
g.close()
print(list(g), log)

log.clear()
g = guarded()
g.close()
print("unstarted close", log)

log.clear()
g = guarded()
print(list(g), log)
g.close()
print(log)


def catches():
    try:
        yield "a"
    except GeneratorExit:
        log.append("caught GeneratorExit")
        return


log.clear()
g = catches()
next(g)
print(g.close(), log)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError:
    print("RuntimeError: yielded after GeneratorExit")


class CM:
    def __enter__(self):
        log.append("enter")

    def __exit__(self, t, v, tb):
        log.append("exit " + (t.__name__ if t else "None"))
        return False


def with_block():
    with CM():
        yield "x"
        yield "y"


log.clear()
g = with_block()
next(g)
g.close()
print(log)


def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")


g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e.args)


def nested_finally():
    try:
        try:
            yield 1
        finally:
            log.append("inner")
    finally:
        log.append("outer")


log.clear()
g = nested_finally()
next(g)
g.close()
print(log)

# GeneratorExit is not an Exception: a broad handler does not swallow it.


def broad():
    try:
        yield
    except Exception:
        log.append("wrongly caught")
    log.append("not reached")


log.clear()
g = broad()
next(g)
g.close()
print(log)
