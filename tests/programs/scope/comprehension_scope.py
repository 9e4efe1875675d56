# Comprehension scopes: the loop variable does not leak, an outer variable of the same name is
# untouched, the first iterable is evaluated in the enclosing scope and the rest inside, names
# in conditions and values come from enclosing scopes, and nested comprehensions see outer
# comprehension variables.

x = "outer x"
values = [x for x in range(3)]
print(values, x)

sq = {n: n * n for n in range(3)}
st = {c for c in "aba"}
print(sorted(sq.items()), sorted(st))
try:
    n
except NameError:
    print("n did not leak")
try:
    c
except NameError:
    print("c did not leak")


def in_function():
    i = "function i"
    evens = [i for i in range(6) if i % 2 == 0]
    return evens, i


print(in_function())


def closure_values():
    k = 10
    return [v + k for v in range(3)], {v: k for v in "ab"}


print(closure_values())

nested = [[x * y for y in range(x)] for x in range(4)]
print(nested)
pairs = [(a, b) for a in range(3) for b in range(a, 3)]
print(pairs)
grid = [[row + col for col in "xy"] for row in "ab"]
print(grid)


class K:
    base = [1, 2, 3]
    factor = 10
    # The first iterable is evaluated in the class scope.
    copy = [v for v in base]
    # Other names inside the comprehension skip the class scope.
    try:
        scaled = [v * factor for v in base]
    except NameError:
        scaled = "factor not visible"


print(K.copy, K.scaled)

factor = 2


class K2:
    factor = 100
    scaled = [v * factor for v in (1, 2)]


print(K2.scaled)


def shadow_param(seq):
    return [seq for seq in seq if seq]


print(shadow_param([0, 1, 2]))


def loop_var_rebinding():
    fns = [lambda: i for i in range(3)]
    i = "after"
    return [f() for f in fns], i


print(loop_var_rebinding())

# Generator expressions have their own scope too.
y = "kept"
g = (y for y in range(3))
print(list(g), y)
