# Infinite generators with hand-written islice-like consumers: take, drop, take-while,
# chunking, sliding windows, interleaving, zipping with finite sequences and stepping, all
# stopping after a bounded amount of work.


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def cycle(items):
    while True:
        for x in items:
            yield x


def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        out.append(next(it))
    return out


def drop(n, it):
    it = iter(it)
    for _ in range(n):
        next(it)
    return it


def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []


def windows(it, size):
    win = []
    for x in it:
        win.append(x)
        if len(win) > size:
            win.pop(0)
        if len(win) == size:
            yield tuple(win)


def interleave(a, b):
    while True:
        yield next(a)
        yield next(b)


def squares():
    for n in naturals(1):
        yield n * n


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(take(5, naturals()), take(7, cycle("ab")))
print(take(3, drop(10, naturals())))
print(list(take_while(lambda x: x < 50, squares())))
print(list(islice(naturals(), 3, 20, 4)), list(islice(cycle([1, 2, 3]), 0, 7)))
print(take(3, chunks(naturals(), 4)), take(3, windows(naturals(5), 3)))
print(take(6, interleave(naturals(), cycle("xy"))))
print(list(zip("abc", naturals(10))), take(10, primes()))
print(next(drop(99, primes())))

# Several consumers advancing one shared generator.
shared = naturals()
print(take(2, shared), take(2, shared), next(shared))

# An infinite generator abandoned mid-way is simply closed.
g = primes()
print(next(g), next(g))
g.close()
print(take(2, g) if False else "closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
