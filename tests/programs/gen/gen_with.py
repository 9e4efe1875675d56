# with statements inside generators: __exit__ runs when the generator finishes, when it is closed
# (seeing GeneratorExit), when an exception is thrown in, and when the body raises; a
# hand-written context-manager decorator built on a generator, as contextlib does it.

log = []


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name

    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return False


def managed(n):
    with CM("m") as name:
        for i in range(n):
            yield name + str(i)


print(list(managed(2)), log)
log.clear()
g = managed(5)
next(g)
g.close()
print(log)
log.clear()
g = managed(5)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError:
    print("thrown through", log)
log.clear()


def two_managers():
    with CM("a"), CM("b"):
        yield 1
        with CM("c"):
            yield 2
        yield 3


print(list(two_managers()), log)
log.clear()
g = two_managers()
next(g)
next(g)
g.close()
print(log)
log.clear()


class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException as e:
            if e is v:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")


def contextmanager(fn):
    def helper(*args):
        return GeneratorCM(fn(*args))
    return helper


@contextmanager
def tag(name):
    log.append("<%s>" % name)
    try:
        yield name.upper()
    except ValueError:
        log.append("handled ValueError in " + name)
    finally:
        log.append("</%s>" % name)


with tag("p") as t:
    with tag("b") as u:
        log.append(t + u)
print(log)
log.clear()
with tag("q"):
    raise ValueError("suppressed by the generator")
print(log)
log.clear()
try:
    with tag("r"):
        raise KeyError("not handled")
except KeyError as e:
    print("escaped", e.args, log)
