# The del statement on names, subscripts, slices, attributes and tuples.


class Record:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


values = list(range(10))
del values[0]
del values[-1]
del values[2:4]
del values[5:]
print(values)

mapping = {"x": 1, "y": 2, "z": 3}
del mapping["y"]
print(sorted(mapping))

r = Record()
del r.a
del r.b, r.c
print(hasattr(r, "a"), hasattr(r, "b"), hasattr(r, "c"))

one, two, three = 1, 2, 3
del one, two
del (three)
temp = [1]
spare = 0
del spare,
del (temp,)
try:
    print(one)
except NameError:
    print("one is gone")


def scrub(seq):
    item = seq[0]
    del item
    del seq[:]
    return seq


print(scrub([4, 5, 6]))
