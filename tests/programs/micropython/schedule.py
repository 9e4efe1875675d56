# MicroPython only: micropython.schedule(fn, arg) queues a call that the VM makes at its next
# check point (a jump, such as a loop or an if), not at once; queued calls run in order, and a
# full queue (depth 4 in stock builds) makes schedule() raise RuntimeError. Output from stock
# MicroPython.
import micropython

fired = []


def cb(arg):
    fired.append(arg)


print(micropython.schedule(cb, "a"))
micropython.schedule(cb, "b")
seen_before = list(fired)
for _ in range(2):
    pass
print(seen_before, fired)

fired.clear()
accepted = 0
try:
    micropython.schedule(cb, 1)
    accepted += 1
    micropython.schedule(cb, 2)
    accepted += 1
    micropython.schedule(cb, 3)
    accepted += 1
    micropython.schedule(cb, 4)
    accepted += 1
    micropython.schedule(cb, 5)
    accepted += 1
except RuntimeError:
    error = "RuntimeError"
else:
    error = "no error"
for _ in range(2):
    pass
print(accepted, error, fired)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by


c = Counter()
for i in range(3):
    micropython.schedule(c.bump, i + 1)
    for _ in range(2):
        pass
print(c.n)
