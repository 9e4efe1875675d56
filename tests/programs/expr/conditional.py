# Conditional expressions (x if c else y): laziness, nesting, constants as conditions, and use
# inside other expressions.

def side(tag, val):
    print("eval", tag)
    return val


print(side("a", 1) if side("c", True) else side("b", 2))
print(side("a", 1) if side("c", 0) else side("b", 2))

for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    parity = ("even" if n % 2 == 0 else "odd") if n else "none"
    print(n, sign, parity, abs(n) if n < 0 else n, -1 if n < 0 else (0 if not n else 1))

# Constant conditions.
print(1 if True else 2, 1 if False else 2, "y" if 1 else "n", "y" if 0 else "n", "y" if "" else "n", "y" if None else "n")
print("y" if 2 ** 70 else "n", "y" if 0.0 else "n", "y" if () else "n", "y" if (0,) else "n")

# Inside containers, calls, subscripts and other operators.
vals = [x if x % 3 else -x for x in range(7)]
print(vals, sum(x if x > 0 else 0 for x in vals), max(1 if vals else 0, 0))
print({k: ("big" if k > 2 else "small") for k in range(5)}[4], (1, 2)[0 if vals else 1], "abc"[-1 if vals[0] else 0])
print((3 if True else 4) + (5 if False else 6), 10 * (1 if 0 else 2), -(1 if 1 else 2), not (0 if 1 else 1))

# Lambdas and defaults.
clamp = lambda v, lo, hi: lo if v < lo else hi if v > hi else v
print([clamp(v, 0, 10) for v in (-5, 0, 5, 10, 15)])


def pick(flag, a="A" if 1 else "B"):
    return a if flag else None


print(pick(1), pick(0), pick(1, "C"))

# Conditional expression as a statement and in augmented assignment.
total = 0
for i in range(10):
    total += i if i % 2 else -i
print(total)
side("stmt", 0) if total else side("never", 0)

# Walrus inside a conditional expression.
print(y if (y := len("four")) > 3 else 0, y)
