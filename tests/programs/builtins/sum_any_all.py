# sum, any and all over many iterable kinds, with start values, short-circuiting and empty
# inputs.

print(sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([]), sum([], 10), sum([1, 2], 10), sum([0.1] * 10) > 0.99)
print(sum([2 ** 64, 2 ** 64, -(2 ** 65)]), sum([True, True, False]), sum(x * x for x in range(10)), sum({1: "a", 2: "b"}))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, 2.5, True]), type(sum([1, 2.0])).__name__)

print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 0, 1]), all([1, 1, 0]))
print(any("abc"), all(""), any({0: 1}), all({1: 0}), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(any([[]]), any([[0]]), all([(), 1]), any(range(0)), all(range(1, 5)))

# Short-circuiting: stops at the first decisive element.
seen = []


def track(v):
    seen.append(v)
    return v


print(any(track(v) for v in [0, 0, 3, 0, 5]), seen)
seen.clear()
print(all(track(v) for v in [1, 2, 0, 4]), seen)
seen.clear()

# Results are real bools.
print(type(any([5])).__name__, any([5]), all([[1]]), any(["x"]) is True)

# sum of floats that cancel.
vals = [1e16, 1.0, -1e16]
print(sum(vals) in (0.0, 1.0, 2.0))

# Errors.
for f in (lambda: sum(["a", "b"], 0), lambda: sum(5), lambda: any(5), lambda: all(None)):
    try:
        print(f())
    except TypeError:
        print("TypeError")
