# return: no return, bare return, return None, tuples with and without parentheses, built
# tuples, returns from inside loops and nested blocks, early returns, and return values used in
# expressions and unpacking.


def nothing():
    pass


def bare():
    return


def explicit_none():
    return None


def pair():
    return 1, 2


def packed():
    return (3, 4)


def joined(xs):
    return (0,) + tuple(xs) + (99,)


print(nothing(), bare(), explicit_none(), pair(), packed(), joined([1, 2]))
a, b = pair()
print(a + b, sum(pair()), list(pair()) + list(packed()))


def find_first(matrix, target):
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v == target:
                return i, j
    return None


m = [[1, 2], [3, 4], [5, 6]]
print(find_first(m, 4), find_first(m, 7))


def early(x):
    if x < 0:
        return "negative"
    if x == 0:
        return "zero"
    while x > 10:
        x //= 10
        if x == 5:
            return "passed five"
    return "digit %d" % x


print([early(x) for x in (-1, 0, 7, 55, 1234, 999)])


def in_with_and_try(n):
    class CM:
        def __enter__(self):
            return n

        def __exit__(self, *a):
            return False

    with CM() as v:
        try:
            if v > 1:
                return "big"
        except Exception:
            return "never"
    return "small"


print(in_with_and_try(5), in_with_and_try(0))


def returns_function():
    return lambda: "inner"


def returns_class():
    class Local:
        tag = "local class"
    return Local


print(returns_function()(), returns_class().tag)


def conditional_return(flag):
    return "yes" if flag else "no"


def multiple_types(n):
    if n == 0:
        return 0
    if n == 1:
        return "one"
    if n == 2:
        return [2]
    return {"n": n}


print(conditional_return(1), [multiple_types(n) for n in range(4)])


# Return value of a function that falls off the end after a loop with break.
def loop_then_fall(xs):
    for x in xs:
        if x:
            break


print(loop_then_fall([0, 1]))
