# Exceptions around with: raised by __enter__ (no __exit__ call, later managers not entered),
# raised by __exit__ (replacing the body's exception), from the body through nested managers,
# and a with statement inside try/except/finally.

log = []


class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        if self.fail_exit:
            raise KeyError("exit " + self.name)
        return False


def run(*cms, body_raises=False):
    log.clear()
    try:
        with cms[0]:
            if len(cms) > 1:
                with cms[1]:
                    log.append("body")
                    if body_raises:
                        raise ValueError("body")
            else:
                log.append("body")
                if body_raises:
                    raise ValueError("body")
    except Exception as e:
        log.append("caught %s %s" % (type(e).__name__, e.args[0]))
    return log


print(run(CM("a", fail_enter=True)))
print(run(CM("a"), CM("b", fail_enter=True)))
print(run(CM("a", fail_exit=True)))
print(run(CM("a", fail_exit=True), body_raises=True))
print(run(CM("a"), CM("b", fail_exit=True), body_raises=True))
print(run(CM("a", fail_exit=True), CM("b"), body_raises=True))
print(run(CM("a"), CM("b"), body_raises=True))

# Comma form: the second manager's __enter__ failing exits the first one.
log.clear()
try:
    with CM("p"), CM("q", fail_enter=True), CM("r"):
        log.append("body")
except RuntimeError as e:
    log.append(e.args[0])
print(log)


# with inside try inside a loop.
def loop():
    out = []
    for i in range(4):
        try:
            with CM(str(i), fail_exit=(i == 2)):
                if i == 1:
                    raise ValueError(i)
                out.append(i)
        except ValueError as e:
            out.append("V%d" % e.args[0])
        except KeyError as e:
            out.append("K" + e.args[0])
        finally:
            out.append("f")
    return out


log.clear()
print(loop())
print(len(log))


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except (AttributeError, TypeError):
    # CPython 3.11 raises TypeError, MicroPython AttributeError.
    print("missing __exit__ rejected")
