# A return that crosses several finally blocks, with blocks and loops at once, including loops
# with pending iterators on the stack, and finally blocks that change the outcome.

log = []


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *args):
        log.append("exit " + self.name)


def deep(target):
    for a in range(3):
        with CM("a%d" % a):
            try:
                for b in "xyz":
                    try:
                        with CM(b):
                            for c in (10, 20):
                                if (a, b, c) == target:
                                    return (a, b, c)
                    finally:
                        log.append("fin " + b)
            finally:
                log.append("fin a")
    return None


print(deep((0, "x", 10)), log)
log.clear()
print(deep((1, "y", 20)), len(log), log[-4:])
log.clear()
print(deep(None), len(log))


def changed_by_finally():
    for i in range(10):
        try:
            with CM("c"):
                return i
        finally:
            if i < 2:
                continue
    return "loop ended"


log.clear()
print(changed_by_finally(), log)


def break_after_return():
    while True:
        try:
            return "returned"
        finally:
            break
    return "broke out"


print(break_after_return())


def return_from_while_for():
    i = 0
    while i < 5:
        i += 1
        for j in range(i):
            try:
                try:
                    if i * j == 6:
                        return i, j
                finally:
                    log.append(j)
            except ZeroDivisionError:
                pass
    return None


log.clear()
print(return_from_while_for(), log)
