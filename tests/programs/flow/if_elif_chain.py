# Long if/elif/else chains: integer dispatch over 40 branches, string dispatch, ranges checked in
# order, chains without else, and a chain inside a loop whose branches break and continue.


def grade(n):
    if n == 0:
        return "zero"
    elif n == 1:
        return "one"
    elif n == 2:
        return "two"
    elif n == 3:
        return "three"
    elif n == 4:
        return "four"
    elif n == 5:
        return "five"
    elif n == 6:
        return "six"
    elif n == 7:
        return "seven"
    elif n == 8:
        return "eight"
    elif n == 9:
        return "nine"
    elif n == 10:
        return "ten"
    elif n < 20:
        return "teen"
    elif n < 30:
        return "twenties"
    elif n < 40:
        return "thirties"
    elif n < 50:
        return "forties"
    elif n < 60:
        return "fifties"
    elif n < 70:
        return "sixties"
    elif n < 80:
        return "seventies"
    elif n < 90:
        return "eighties"
    elif n < 100:
        return "nineties"
    elif n % 2 == 0:
        return "big even"
    else:
        return "big odd"


print([grade(n) for n in (0, 3, 7, 10, 11, 19, 20, 45, 67, 99, 100, 101)])


def op(name, a, b):
    if name == "add":
        r = a + b
    elif name == "sub":
        r = a - b
    elif name == "mul":
        r = a * b
    elif name == "div":
        r = a // b
    elif name == "mod":
        r = a % b
    elif name == "pow":
        r = a ** b
    elif name in ("min", "max"):
        r = min(a, b) if name == "min" else max(a, b)
    elif name.startswith("cmp"):
        r = (a > b) - (a < b)
    else:
        r = None
    return r


for name in ("add", "sub", "mul", "div", "mod", "pow", "min", "max", "cmp", "cmpx", "nop"):
    print(name, op(name, 17, 5))


def no_else(x):
    out = "start"
    if x > 10:
        out = "big"
    elif x > 5:
        out = "medium"
    elif x > 0:
        out = "small"
    return out


print([no_else(x) for x in (-1, 0, 1, 6, 11)])

# A chain in a loop with break and continue in different branches.
seen = []
for n in range(20):
    if n % 7 == 6:
        continue
    elif n % 5 == 4:
        seen.append(-n)
    elif n > 15:
        break
    elif n % 2:
        continue
    else:
        seen.append(n)
print(seen)

# Conditions with side effects are evaluated only up to the first true one.
calls = []


def test(v, result):
    calls.append(v)
    return result


if test(1, False):
    pass
elif test(2, False):
    pass
elif test(3, True):
    pass
elif test(4, True):
    pass
print(calls)
