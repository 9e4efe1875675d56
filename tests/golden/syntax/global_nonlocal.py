# global and nonlocal declarations: counters, closures that rebind,
# several names in one statement, and global in nested functions.

calls = 0
total = 0
log = []


def bump(n):
    global calls, total
    calls += 1
    total += n
    return total


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def outer():
    a = 1
    b = 2

    def middle():
        nonlocal a

        def inner():
            nonlocal a, b
            a, b = b, a + b
            return a

        inner()
        inner()
        return a

    return middle(), a, b


def reset():
    def deep():
        global total
        total = 0

    deep()


bump(5)
bump(7)
print(calls, total)
reset()
print(total)
tick = make_counter(10)
tick()
tick(5)
print(tick())
print(outer())
