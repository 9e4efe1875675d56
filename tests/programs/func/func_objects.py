# Functions as values: __name__ of defs, lambdas and nested functions, functions in lists and
# dicts, passed to and returned from other functions, compared and used as dict keys, and the
# builtins that take functions (sorted, map, filter, min, max).


def square(x):
    return x * x


def cube(x):
    return x * x * x


def outer():
    def inner():
        pass
    return inner


print(square.__name__, (lambda: 0).__name__, outer().__name__)
table = {"sq": square, "cb": cube}
print([table[k](3) for k in sorted(table)])
pipeline = [square, cube, abs, str]


def compose(fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run


print(compose(pipeline)(-2), compose([])(5))

# Identity and equality of functions.
alias = square
print(alias is square, alias == square, square != cube, outer() is outer())

# Functions as dict keys and in sets.
counts = {square: 0, cube: 0}
for f in (square, cube, square):
    counts[f] += 1
print(counts[square], counts[cube], len({square, cube, alias}))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


print(apply_n(square, 3, 2), apply_n(lambda s: s + "!", 3, "hi"))

words = ["pear", "fig", "banana", "kiwis"]
print(sorted(words, key=len), max(words, key=len), min(words, key=lambda w: w[-1]))
print(list(map(len, words)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(lambda w: "i" in w, words)))
print(callable(square), callable(len), callable(42), callable(lambda: 0), callable(type))


def make_multiplier(n):
    def mul(x):
        return x * n
    return mul


doubler, tripler = make_multiplier(2), make_multiplier(3)
print(doubler(5), tripler(5), doubler.__name__)


# Functions stored as attributes of classes and instances.
class Holder:
    fn = staticmethod(square)


h = Holder()
h.callback = cube
print(Holder.fn(4), h.fn(4), h.callback(2))

# Builtin functions are values too.
ops = [len, sum, max]
print([op([3, 1, 2]) for op in ops])
