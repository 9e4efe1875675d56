# Conditional expressions (including nested and chained) and assignment
# expressions in if, while, comprehensions and calls.

data = [4, 8, 15, 16, 23, 42]


def describe(n):
    return "small" if n < 10 else "medium" if n < 20 else "large"


def clamp(v, lo, hi):
    return lo if v < lo else (hi if v > hi else v)


print([describe(n) for n in data])
print(clamp(-3, 0, 9), clamp(5, 0, 9), clamp(99, 0, 9))
if (n := len(data)) > 5:
    print("long list of", n)
chunks = []
it = iter(data)
while (item := next(it, None)) is not None:
    chunks.append(item * 2)
print(chunks)
print([y for x in data if (y := x % 7) > 2])
print(max(total := sum(data), 100), total)
last = None
print([last := v for v in range(4)], last)
flag = (x := 3) if True else (x := 4)
print(flag, x)


def first_long(words):
    if any(len(w := word) > 4 for word in words):
        return w
    return None


print(first_long(["hi", "there", "friend"]))
