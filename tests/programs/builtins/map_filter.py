# map and filter: one and several iterables, None as the filter function, laziness, and use
# with builtins, lambdas and bound methods.

print(list(map(abs, [-1, 2, -3])), list(map(str, range(4))), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(map(pow, [2, 3], [5, 2], [7, 5])))
print(list(map(str.upper, "abc")), list(map("-".join, ["ab", "cd"])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])), list(filter(lambda x: x % 3 == 0, range(10))))
print(list(filter(str.isdigit, ["1", "a", "22", ""])), list(filter(None, ())), tuple(filter(bool, (0, 2))))

# Composition.
print(sum(map(lambda x: x * x, filter(lambda x: x % 2, range(10)))), sorted(map(len, "a bb ccc bb".split()), reverse=True))

# Laziness: the function runs only when items are pulled.
calls = []


def note(x):
    calls.append(x)
    return x * 10


m = map(note, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
f = filter(note, [0, 4])
print(calls[-1:], list(f), calls[-2:])

# The result is an iterator usable once.
mm = map(abs, [-1, -2])
print(list(mm), list(mm))

# map over a dict and a string.
print(sorted(map(lambda kv: kv[1], {"a": 2, "b": 1}.items())), list(map(ord, "AZ")))

# Errors.
for g in (lambda: list(map(len, [1])), lambda: map(abs), lambda: list(filter(5, [1])), lambda: map(abs, 5)):
    try:
        print(g())
    except TypeError:
        print("TypeError")
