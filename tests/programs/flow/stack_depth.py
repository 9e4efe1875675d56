# Expressions that need a deep value stack: long argument lists, deeply nested calls and
# parentheses, large literal tuples, lists, dicts and sets, long chains of binary operators and
# comparisons, and subscripts of subscripts.


def f(*args):
    return sum(args)


def g(x):
    return x + 1


print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
        26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40))
print(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(g(0)))))))))))))))))))))
print(f(g(1), f(g(2), f(g(3), f(g(4), f(g(5), f(g(6), f(g(7), f(8, 9)))))))))
x = 3
print(((((((((((((((((((((x + 1) * 2) - 3) * 2) + 1) - 2) * 3) + 4) - 5) * 6) + 7) - 8) * 9) + 10)
                     - 11) * 12) + 13) - 14) * 15) + 16))
print(x + (x * (x - (x + (x * (x - (x + (x * (x - (x + (x * (x - (x + 1)))))))))))))

t = (x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12,
     x + 13, x + 14, x + 15, x + 16, x + 17, x + 18, x + 19, x + 20, x + 21, x + 22, x + 23)
print(len(t), t[-1], sum(t))
lst = [[x, [x, [x, [x, [x, [x, [x, [x]]]]]]]], [x * 2, [x * 3]]]
print(lst, lst[0][1][1][1][1][1][1][0])
d = {"a": x, "b": x + 1, "c": [x, {"d": (x, x)}], "e": {"f": {"g": {"h": x}}}}
print(d["e"]["f"]["g"]["h"], d["c"][1]["d"][1], sorted(d))
s = {x, x + 1, x + 2, x * x, x ** 3, -x}
print(sorted(s))

# Long operator chains (left-associative, constant depth) and mixed precedence (deeper).
print(x + 1 + x + 2 + x + 3 + x + 4 + x + 5 + x + 6 + x + 7 + x + 8 + x + 9 + x + 10)
print(x * 2 + x * 3 - x * 4 + x * 5 - x * 6 + x * 7 - x * 8 + x * 9 ** 2 - x ** 2 * 3)
print(1 < x < 5 < x * 2 < 10 <= x * 3 < 100 != x)
print(x - (x - (x - (x - (x - (x - (x - (x - (x - (x - 1))))))))))
print(-(-(-(-(-(-(-(-x))))))), ~~~~x, not not not x)

# Calls with many keyword arguments and nested star arguments.
def kw(**k):
    return sorted(k.items())


print(kw(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12))
print(f(*[1, 2], *(3, 4), *range(5, 8), 8, 9, *[f(*[10, 11], *(12,))]))

# String building with many operands.
print("a" + str(x) + "b" + str(x + 1) + "c" + str(x + 2) + "d" + str(x + 3) + "e" + "f" * 3)
print([[i * j for j in range(3)] for i in range(3)][2][2] + (lambda a, b, c: a * b * c)(2, 3, 4))
