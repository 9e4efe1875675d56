# MicroPython differs from CPython on purpose here (expected output from stock MicroPython in
# the .exp): in dict displays and dict comprehensions the value of each entry is evaluated
# before its key (CPython 3.8+ evaluates the key first). Entries still go left to right.

log = []


def k(x):
    log.append("k" + str(x))
    return x


def v(x):
    log.append("v" + str(x))
    return x


d = {k(1): v(1), k(2): v(2), k(3): v(3)}
print(log, sorted(d.items()))
log.clear()
c = {k(i): v(i * 10) for i in range(3)}
print(log, sorted(c.items()))
log.clear()
s = {k(5), k(6)}
print(log, sorted(s))
