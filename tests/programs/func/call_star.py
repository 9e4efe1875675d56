# Calls with * and ** unpacking in every combination: one or several *iterables of every kind,
# positional arguments before, between and after them, ** of one or several mappings, keywords
# mixed with ** and all forms together.


def show(*args, **kwargs):
    return list(args), sorted(kwargs.items())


def gen(n):
    for i in range(n):
        yield i * 10


a = [1, 2]
t = (3, 4)
print(show(*a))
print(show(*a, *t))
print(show(0, *a, 5, *t, 6))
print(show(*"xy", *b"z", *range(2), *gen(2), *{7: 0}, *()))
print(show(*[], *[], *[9]))

d1 = {"p": 1, "q": 2}
d2 = {"r": 3}
print(show(**d1))
print(show(**d1, **d2))
print(show(s=0, **d1, t=5, **d2, u=6))
print(show(**{}, **{"only": 1}))

print(show(1, *a, k=2, **d2))
print(show(*t, 9, **d1, z=26))
print(show(*a, *t, *a, **d1, **d2, x=0))


def fixed(a, b, c, d=4, *, e=5):
    return a, b, c, d, e


print(fixed(*[1, 2, 3]), fixed(1, *[2, 3]), fixed(*[1, 2], 3, *[]))
print(fixed(*range(4), e=50), fixed(**{"a": 1, "b": 2, "c": 3, "e": 0}))
print(fixed(1, **{"c": 3, "b": 2}), fixed(1, 2, **{"c": 3}, d=40))


# The unpacked objects are evaluated in order, once each.
log = []


def seq(tag, items):
    log.append(tag)
    return items


show(seq("a", [1]), *seq("b", [2]), seq("c", 3), *seq("d", []), **seq("e", {"k": 1}))
print(log)

# Unpacking a custom iterable and a custom mapping with keys() and __getitem__.


class Three:
    def __iter__(self):
        return iter(("i", "ii", "iii"))


class Mapping:
    def keys(self):
        return ["m1", "m2"]

    def __getitem__(self, k):
        return k.upper()


print(show(*Three()), show(**Mapping()), fixed(*Three()))
