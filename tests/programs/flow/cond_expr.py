# Conditional expressions: nested to the right and left, inside arguments, comprehensions,
# lambdas, default values and subscripts, and evaluating only the branch chosen.

calls = []


def note(v):
    calls.append(v)
    return v


def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"


print([sign(x) for x in (-2, 0, 3)])

x = 7
print((1 if x > 5 else 2) + (10 if x > 10 else 20))
print(note("a") if x else note("b"), calls)
calls.clear()
print(note("a") if not x else note("b"), calls)

# Left-nested: the condition is itself a conditional expression.
for a in (0, 1):
    for b in (0, 1):
        print(a, b, "yes" if (a if b else not a) else "no")

# In call arguments, subscripts and containers.
print(max(3 if x else 4, 2 if not x else 9))
data = [10, 20, 30]
print(data[0 if x < 0 else -1], [y if y % 2 else -y for y in range(6)])
print({("k" if x else "j"): (1 if x else 0)})

# In lambdas and default arguments.
pick = lambda v: "big" if v > 100 else "small"
print(pick(5), pick(500))


def f(v=1 if x > 3 else 2):
    return v


print(f(), f(0))

# Chains of conditional expressions used as loop conditions.
n = 0
while (n < 3 if x > 0 else n < 10):
    n += 1
print(n)

# Values of different types.
for v in (0, "", None, [], "s", [1]):
    print(repr(v), "truthy" if v else "falsy", type(v).__name__ if v else "-")

# A long right-nested chain.
def name(n):
    return ("zero" if n == 0 else "one" if n == 1 else "two" if n == 2 else "three" if n == 3
            else "four" if n == 4 else "five" if n == 5 else "six" if n == 6 else "many")


print([name(i) for i in range(9)])
