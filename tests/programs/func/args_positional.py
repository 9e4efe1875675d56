# Positional parameters and default values: calls with every number of arguments, defaults of
# several types, defaults that refer to earlier globals, keyword calls of positional parameters,
# and argument values bound in order.


def three(a, b, c):
    return a, b, c


def defaults(a, b=2, c="three", d=None, e=(5,), f=[6]):
    return a, b, c, d, e, f


def all_default(x=1, y=2):
    return x * 10 + y


print(three(1, 2, 3), three("a", [], {}))
print(defaults(1))
print(defaults(1, 20))
print(defaults(1, 20, 30, 40, 50, 60))
print(defaults(1, d="dd"), defaults(a=0, f=[]))
print(all_default(), all_default(5), all_default(5, 6), all_default(y=9), all_default(y=9, x=8))
print(three(c=3, a=1, b=2), three(1, c=3, b=2))

BASE = 100


def uses_global_default(v=BASE + 1):
    return v


BASE = 0
print(uses_global_default(), uses_global_default(7))


# Parameters are ordinary locals: rebinding one does not affect the caller.
def rebinds(x, lst):
    x = x + 1
    lst = lst + [0]
    return x, lst


v, l = 1, [1]
print(rebinds(v, l), v, l)


# Mutating an argument is visible to the caller.
def mutates(lst, d):
    lst.append("m")
    d["k"] = "m"


l, d = [], {}
mutates(l, d)
print(l, d)


# Many positional parameters.
def ten(a, b, c, d, e, f, g, h, i, j=10):
    return [a, b, c, d, e, f, g, h, i, j]


print(ten(1, 2, 3, 4, 5, 6, 7, 8, 9), ten(*range(10)))


# Argument expressions are evaluated left to right before the call.
order = []


def arg(tag):
    order.append(tag)
    return tag


three(arg("x"), arg("y"), arg("z"))
three(arg("p"), c=arg("r"), b=arg("q"))
print(order)
