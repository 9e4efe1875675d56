# Tuples made only of constants (which a compiler may build once and store), nested ones, and
# tuples of every constant kind, compared with the same tuples built at run time.

def build(*items):
    return items

consts = (1, -1, 0, 2 ** 40, 2 ** 70, -(2 ** 70), 1.5, -0.0, "s", "", b"b", b"", None, True, False, ...)
print(consts)
print(consts == build(1, -1, 0, 2 ** 40, 2 ** 70, -(2 ** 70), 1.5, -0.0, "s", "", b"b", b"", None, True, False, ...))
nested = ((1, 2), ((3,), ()), ("a", (b"b", (None,))), 4)
print(nested, len(nested), nested[1][0][0], nested[2][1][1][0])
print(nested == build(build(1, 2), build(build(3), build()), build("a", build(b"b", build(None))), 4))

# Constant tuples in expressions.
print((1, 2, 3)[1], (1, 2, 3)[-1:], len((1, 2) * 3), (4, 5) + (6,), 3 in (1, 2, 3), "x" not in ("a", "b"))
for v in (1, 2, "three"):
    print(v, end=" ")
print()

# The same constant tuple returned twice compares equal.
def f():
    return (1, "a", 2.5)

print(f() == f(), f(), hash(f()) == hash((1, "a", 2.5)))

# Default arguments and constant tuples.
def g(x, opts=("r", "w")):
    return x in opts

print(g("r"), g("a"))

# Large constant tuple.
squares = (0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 324, 361, 400, 441, 484, 529, 576, 625, 676, 729, 784, 841, 900, 961)
print(len(squares), squares == tuple(i * i for i in range(32)), sum(squares))

# Tuples with folded expressions inside.
folded = (1 + 1, 2 * 3, 1 << 65, -(2 ** 63), 10 // 3, 7 % 3, ~0, 2.0 * 3, "a" "b")
print(folded)
# Tuples mixing constants and names are built at run time.
n = 5
print((1, n, 3), (n,) * 2, ((n, 1), (1, n)))
# Empty and one-element constant tuples.
print((), ((),), ((), ()), (None,), (...,), ((1,),))
