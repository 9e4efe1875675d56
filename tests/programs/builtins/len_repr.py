# len() on every sized builtin type and on user classes with __len__; repr() of builtin values
# whose repr is the same everywhere.

for v in ("", "abc", "é€", b"ab", bytearray(3), memoryview(b"xyz"), [], [1, [2, 3]], (), (1,), {}, {1: 2, 3: 4},
          set(), {1, 2, 2}, frozenset("aab"), range(10), range(0, 10, 3), range(5, 0, -1)):
    print(type(v).__name__, len(v))
print(len({1: 2, 3: 4}.keys()), len({1: 2}.values()), len({}.items()))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(0)), len(Sized(7)), bool(Sized(0)), bool(Sized(2)))

# repr of builtin values.
for v in (0, -1, 2 ** 65, 1.5, -0.0, 1e100, float("inf"), float("nan"), True, None, ..., "s'q", 'd"q', b"b\x00",
          bytearray(b"ba"), [1, "a"], (1,), (), {"k": [1]}, set(), {5}, frozenset(), range(2), range(1, 5, 2), 2j, 1 - 1.5j):
    print(repr(v))

# repr of nested containers and of strings inside them.
print(repr([[], [[]], ([],)]), repr({"a": ("b", ["c"])}), repr(["\n", "\t", "\\"]))

# Errors.
for f in (lambda: len(5), lambda: len(None), lambda: len(iter([1])), lambda: len(x for x in "a")):
    try:
        print(f())
    except TypeError:
        print("TypeError")
