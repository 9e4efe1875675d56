# MicroPython differs from CPython on purpose here (expected output from stock MicroPython in
# the .exp): an assignment expression inside a comprehension nested in another comprehension
# binds in the outer comprehension, not in the enclosing function or module, so the name is
# not visible after the comprehensions finish. One level of comprehension binds as CPython does.

def one_level():
    r = [(z := i * 2) for i in range(3)]
    return r, z


def two_levels():
    r = [[(z := i * j) for j in range(2)] for i in range(3)]
    try:
        return r, z
    except NameError:
        return r, "NameError"


def inner_reads_outer():
    return [[(w := j) + i for j in range(2)] + [w] for i in range(2)]


print(one_level())
print(two_levels())
print(inner_reads_outer())
y = [[(m := a + b) for b in range(2)] for a in range(2)]
print(y, "m" in globals())
