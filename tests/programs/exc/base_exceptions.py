# Exceptions that derive from BaseException but not Exception: SystemExit, KeyboardInterrupt and
# GeneratorExit raised by hand pass `except Exception`, are caught by BaseException or a bare
# except, and carry their args.


def through(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by Exception"
    except BaseException as e:
        return "caught by BaseException: %s %r" % (type(e).__name__, e.args)


for exc in (SystemExit, SystemExit(0), SystemExit("bye"), KeyboardInterrupt, GeneratorExit(),
            ValueError):
    print(through(exc))


def bare():
    try:
        raise SystemExit(5)
    except:
        return "bare except"


print(bare())

try:
    raise SystemExit(7)
except SystemExit as e:
    print("exit code", e.args[0])


def finally_runs():
    log = []
    try:
        try:
            raise KeyboardInterrupt
        finally:
            log.append("finally")
    except KeyboardInterrupt:
        log.append("interrupt")
    return log


print(finally_runs())


class Custom(BaseException):
    pass


try:
    try:
        raise Custom("c")
    except Exception:
        print("wrong")
except Custom as e:
    print("custom base", e.args, isinstance(e, Exception))
