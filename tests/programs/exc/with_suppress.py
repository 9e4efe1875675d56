# __exit__ return values: a true value suppresses the exception, a false one (None, 0, "", [])
# lets it propagate; truthy non-bool values suppress; nothing is suppressed without an exception.

log = []


class CM:
    def __init__(self, ret):
        self.ret = ret

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        log.append((t.__name__ if t else None, v.args if v else None))
        return self.ret


for ret in (True, False, None, 0, 1, "", "yes", [], [0]):
    log.clear()
    try:
        with CM(ret):
            raise ValueError("boom")
        outcome = "suppressed"
    except ValueError:
        outcome = "propagated"
    print(repr(ret), outcome, log)

log.clear()
with CM(True):
    x = "no exception"
print(x, log)


class Only(CM):
    def __init__(self, kind):
        self.kind = kind

    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.kind)


def attempt(exc):
    try:
        with Only(LookupError):
            raise exc
        return "suppressed " + exc.__name__
    except Exception as e:
        return "escaped " + type(e).__name__


print(attempt(KeyError), attempt(IndexError), attempt(ValueError))


# A suppressed exception lets execution continue right after the with statement.
def after_suppress():
    steps = []
    for i in range(3):
        with Only(ZeroDivisionError):
            steps.append("start %d" % i)
            steps.append(10 // (i - 1))
            steps.append("end %d" % i)
        steps.append("after %d" % i)
    return steps


print(after_suppress())
