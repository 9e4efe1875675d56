# An assignment expression inside a comprehension nested in another comprehension: CPython binds
# the target in the function (or module) containing the outermost comprehension, MicroPython in
# the outer comprehension's own scope, so the name is not bound afterwards. The expected output is
# stock MicroPython's (NAME.py.exp). A single level of comprehension binds the target in the
# enclosing scope in both.


def nested():
    rows = [[last := x * y for x in range(3)] for y in range(3)]
    try:
        return rows, last
    except NameError:
        return rows, "unbound"


def nested_with_initial():
    last = "initial"
    rows = [[last := x + y for x in range(2)] for y in range(2)]
    return rows, last


def single_level():
    vals = [last := x for x in range(4)]
    return vals, last


print(nested())
print(nested_with_initial())
print(single_level())

grid = [[cell := (r, c) for c in range(2)] for r in range(2)]
try:
    print(grid, cell)
except NameError:
    print(grid, "cell unbound")
