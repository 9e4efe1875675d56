# for over every kind of iterable: list, tuple, str, bytes, bytearray, range (steps up and down),
# dict (keys, values, items; printed sorted), set, frozenset, generators, enumerate, zip,
# reversed, map, filter, iterators already partly consumed, and user classes with __iter__ and
# with __getitem__.


def collect(it):
    out = []
    for x in it:
        out.append(x)
    return out


print(collect([1, 2]), collect((3, 4)), collect("ab"), collect(b"AB"), collect(bytearray(b"\x01\x02")))
print(collect(range(3)), collect(range(10, 0, -3)), collect(range(5, 5)), collect(range(-3, 3, 2)))
d = {"b": 2, "a": 1, "c": 3}
print(sorted(collect(d)), sorted(collect(d.keys())), sorted(collect(d.values())), sorted(collect(d.items())))
print(sorted(collect({3, 1, 2})), sorted(collect(frozenset("xy"))))
print(collect(x * x for x in range(4)), collect(enumerate("ab", 1)), collect(zip("ab", [1, 2, 3])))
print(collect(reversed([1, 2, 3])), collect(reversed("xyz")), collect(map(abs, [-1, 2, -3])))
print(collect(filter(None, [0, 1, "", "a"])), collect(filter(lambda v: v > 1, (1, 2, 3))))

it = iter([1, 2, 3, 4])
next(it)
print(collect(it), collect(it))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


class Wrapper:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(self.data)


print(collect(Countdown(4)), collect(Squares()), collect(Wrapper("hi")))
print(list(Countdown(3)), tuple(Squares()), sum(Wrapper([1, 2, 3])))


def gen():
    yield "g1"
    yield "g2"


for tag, src in (("list", [0]), ("gen", gen()), ("iter", iter("q")), ("empty", ())):
    for v in src:
        print(tag, v)

# Iterating over the same list twice nested, and a dict's items with unpacking.
pairs = 0
xs = [1, 2, 3]
for a in xs:
    for b in xs:
        if a < b:
            pairs += 1
print(pairs)
for k, v in sorted(d.items()):
    print(k, v)
