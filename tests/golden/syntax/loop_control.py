# pass, break and continue inside while and for loops, including nested
# loops and loops inside try/finally.


def first_negative(nums):
    for i, n in enumerate(nums):
        if n >= 0:
            continue
        return i
    return -1


def collatz_steps(n):
    steps = 0
    while True:
        if n == 1:
            break
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def pairs_below(limit):
    found = []
    for a in range(1, limit):
        for b in range(a, limit):
            if a * b > limit:
                break
            if (a + b) % 3:
                continue
            found.append((a, b))
    return found


def guarded(items):
    out = []
    for item in items:
        try:
            if item is None:
                continue
            if item == "stop":
                break
            out.append(item)
        finally:
            out.append("|")
    return out


class Nothing:
    pass


def noop():
    pass


print(first_negative([3, 1, -4, 1]), first_negative([1]))
print([collatz_steps(k) for k in range(1, 10)])
print(pairs_below(12))
print(guarded(["a", None, "b", "stop", "c"]))
print(noop(), type(Nothing()).__name__)
i = 0
while i < 3:
    i += 1
    pass
else:
    print("done", i)
