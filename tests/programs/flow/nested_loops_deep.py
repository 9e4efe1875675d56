# Loops nested eight deep in one function, mixing for and while, with break and continue at
# several levels, and try/finally and with blocks between the levels, so that many iterators
# and exception-stack entries are live at once.


class Count:
    n = 0

    def __enter__(self):
        Count.n += 1

    def __exit__(self, *a):
        Count.n += 100


def deep(limit):
    total = 0
    for a in range(2):
        for b in (0, 1):
            i = 0
            while i < 2:
                i += 1
                for c in "ab":
                    try:
                        for d in [0, 1]:
                            with Count():
                                j = 0
                                while j < 2:
                                    j += 1
                                    for e in range(3):
                                        if e == 1:
                                            continue
                                        total += a + b + i + d + j + e
                                        if total > limit:
                                            return total, a, b, i, c, d, j, e
                                    if j == 2 and d == 1:
                                        break
                            if c == "b" and d == 0:
                                continue
                    finally:
                        total += 1
    return total, "end"


for limit in (5, 50, 200, 100000):
    Count.n = 0
    print(limit, deep(limit), Count.n)


def grid_search():
    found = []
    for x in range(4):
        for y in range(4):
            for z in range(4):
                for w in range(4):
                    if x + y + z + w != 6:
                        continue
                    if x * y * z * w == 0:
                        continue
                    found.append((x, y, z, w))
                    if len(found) == 3:
                        return found
    return found


print(grid_search())

# Nested comprehensions with several for and if clauses.
cube = [(x, y, z) for x in range(3) for y in range(3) if y != x for z in range(3) if z not in (x, y)]
print(len(cube), cube[:4])
print(sum(x * y for x in range(10) if x % 2 for y in range(x) if y % 3 == 0))
