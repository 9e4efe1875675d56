# hash() and id(): only their relations are printed (equal objects hash equal, identity is
# stable), never the values.

pairs = [(1, 1), (1, 1.0), (0, 0.0), (0, -0.0), (1, True), (0, False), ("abc", "ab" + "c"), (b"x", bytes([120])),
         ((1, "a"), (1, "a")), (frozenset([1, 2]), frozenset([2, 1])), (None, None), (2 ** 70, 2 ** 35 * 2 ** 35),
         (-1, -1), (10 ** 30, 10 ** 30), (1.5, 3 / 2), ((), tuple())]
for a, b in pairs:
    print(type(a).__name__, a == b, hash(a) == hash(b))

# hash is stable for the same object.
vals = [5, "str", (1, 2), 2.5, None, 2 ** 80, frozenset("ab"), b"bytes", print]
print([hash(v) == hash(v) for v in vals], all(type(hash(v)) is int for v in vals))

# Unhashable types.
for v in ([], {}, set(), bytearray(), [1, 2], ([],)):
    try:
        hash(v)
        print(type(v).__name__, "hashable")
    except TypeError:
        print(type(v).__name__, "TypeError")

# User classes hash by identity by default, and by __hash__ when defined.
class Plain:
    pass


class Keyed:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return self.k == other.k


p = Plain()
print(hash(p) == hash(p), hash(Keyed(3)) == hash(Keyed(3)), len({Keyed(1), Keyed(1), Keyed(2)}), {Keyed("a"): 1}[Keyed("a")])

# id: stable for an object, different for two live objects, equal for aliases.
a = [1]
b = [1]
c = a
print(id(a) == id(a), id(a) == id(c), id(a) != id(b), a is c, a is not b, type(id(a)).__name__)
ids = {id(x) for x in (a, b, c)}
print(len(ids))
print(id(None) == id(None), id(print) == id(print), id(int) == id(type(5)))
