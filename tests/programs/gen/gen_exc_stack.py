# Yields inside deeply nested try/except/finally and with blocks, so that the generator's saved
# state includes several exception-handler entries: resuming must restore them, so exceptions
# raised after a resume reach the right handlers and every finally runs once.

log = []


class CM:
    def __enter__(self):
        log.append("enter")

    def __exit__(self, t, v, tb):
        log.append("exit " + (t.__name__ if t else "-"))
        return t is KeyError


def deep(fail_at):
    step = 0
    try:
        step += 1
        yield step
        try:
            step += 1
            yield step
            with CM():
                step += 1
                yield step
                try:
                    step += 1
                    yield step
                    try:
                        step += 1
                        yield step
                        if step == fail_at:
                            raise ValueError(step)
                        if step + 1 == fail_at:
                            raise KeyError(step)
                    finally:
                        log.append("f5")
                    yield "after f5"
                except ValueError as e:
                    log.append("caught V%d" % e.args[0])
                    yield "handler"
                finally:
                    log.append("f4")
            yield "after with"
            if fail_at == 99:
                raise TypeError
        except TypeError:
            log.append("caught T")
            yield "type handler"
        finally:
            log.append("f2")
    finally:
        log.append("f1")
    yield "end"


for fail_at in (0, 5, 6, 99):
    log.clear()
    print(fail_at, list(deep(fail_at)), log)

# Thrown exceptions at each depth.
for depth in range(1, 6):
    log.clear()
    g = deep(0)
    for _ in range(depth):
        next(g)
    try:
        got = g.throw(ValueError(-depth))
        rest = list(g)
    except ValueError:
        got, rest = "escaped", []
    print(depth, got, rest, log)

# Closing at each depth runs exactly the pending finally blocks.
for depth in range(1, 7):
    log.clear()
    g = deep(0)
    for _ in range(depth):
        next(g)
    g.close()
    print(depth, log)
