# := naming the variable of an enclosing comprehension: CPython rejects it, MicroPython checks
# only the comprehension the := is written in and compiles it (cpydiff/syntax_assign_expr.py).
print([[(j := i) for i in range(2)] for j in range(2)])
print([[[(k := i + j) for i in range(2)] for j in range(2)] for k in range(1)])


def f(y):
    return [[(j := i) for i in range(2) if (j := i)] for j in y]


print(f([5, 6]))
