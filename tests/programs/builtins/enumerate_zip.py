# enumerate and zip: start values, unequal lengths, many iterables, laziness, and consumption
# of shared iterators.

print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate(range(3), -1)))
print(list(enumerate((x * x for x in range(3)), start=1)), dict(enumerate("xy")))
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)

print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", (True, False, None))))
print(list(zip([], "abc")), list(zip("a", "b", "c", "d", "e")), dict(zip("abc", range(3))) == {"a": 0, "b": 1, "c": 2})

# Unzipping with zip(*...).
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names, list(zip(*zip(*pairs))) == pairs)

# zip stops at the shortest; a shared iterator advances in step.
it = iter(range(7))
print(list(zip(it, it)), list(it))
it2 = iter("abcdef")
print(list(zip(it2, "12")), next(it2))

# enumerate and zip are lazy iterators.
e = enumerate("xyz")
print(next(e), next(e), list(e), list(e))
z = zip(range(2), range(5))
print(next(z), list(z))

# Works with generators and infinite-style sources bounded by another argument.
def count(start):
    n = start
    while True:
        yield n
        n += 1


print(list(zip(count(100), "ab")), list(enumerate(zip(count(0), "xy"), 1)))

# Errors.
for f in (lambda: enumerate(5), lambda: zip("a", 5), lambda: list(enumerate("a", "x"))):
    try:
        print(f())
    except TypeError:
        print("TypeError")
