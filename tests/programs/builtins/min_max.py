# min and max: several arguments or one iterable, key functions, default for empty iterables,
# ties, mixed types, and errors.

print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min("hello"), max("hello"), min(range(5, 10)))
print(min(2.5, 2, 3), max(-1, -1.5), min(2 ** 70, -(2 ** 70), 0), max([True, 0, -1]), min([[3], [1, 2], [1]]))
print(min("b", "a", "c"), max(["pear", "fig", "apple"]), max(b"az"), min((1, "b"), (1, "a")))

words = ["kiwi", "banana", "fig", "cherry"]
print(min(words, key=len), max(words, key=len), min(words, key=lambda w: w[-1]), max(words, key=lambda w: (len(w), w)))
print(min(3, -4, 2, key=abs), max(3, -4, 2, key=abs), max({"a": 3, "b": 1}, key=lambda k: -ord(k)))

# Ties return the first of the equal items.
pairs = [(1, "first"), (0, "x"), (1, "second")]
print(max(pairs, key=lambda p: p[0]), min([(0, "a"), (0, "b")], key=lambda p: p[0]))

# default applies only to an empty iterable.
print(min([], default=None), max((), default="empty"), min([5], default=0), max(iter([]), default=-1))
print(min([], key=len, default="k"), max(x for x in range(0)) if False else max((x for x in range(3)), default=9))

# Iterables of every kind.
print(max({3: "a", 7: "b"}), min({4, 2, 9}), max(x * x for x in range(-5, 3)), min(map(abs, [-3, 2, -1])))

# Errors.
for f in (lambda: min([]), lambda: max(()), lambda: min(5), lambda: max([1, "a"]), lambda: min()):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
