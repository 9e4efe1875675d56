# return, break and continue leaving with blocks: __exit__ runs with no exception each time,
# through nested with statements mixed with try/finally, and in loops.

log = []


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("+" + self.name)
        return self

    def __exit__(self, t, v, tb):
        log.append("-" + self.name + ("!" if t else ""))


def ret(n):
    with CM("a"):
        with CM("b"):
            if n == 0:
                return "inner"
        if n == 1:
            return "outer"
    return "end"


for n in range(3):
    log.clear()
    print(ret(n), log)

log.clear()
for i in range(5):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 3:
            break
        log.append("body")
print(log)

log.clear()
i = 0
while True:
    i += 1
    with CM("w"):
        try:
            with CM("x"):
                if i < 3:
                    continue
                break
        finally:
            log.append("fin")
print(i, log)


def mixed():
    for i in range(3):
        try:
            with CM("m%d" % i):
                try:
                    with CM("n"):
                        if i == 2:
                            return "returned"
                finally:
                    log.append("f1")
        finally:
            log.append("f2")


log.clear()
print(mixed(), log)


def with_in_generator_loop():
    total = 0
    for word in ("ab", "cd", "ef"):
        with CM(word) as cm:
            for ch in cm.name:
                if ch in "ce":
                    break
                total += 1
    return total


log.clear()
print(with_in_generator_loop(), log)
