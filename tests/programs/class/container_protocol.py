# Container special methods: __len__, __getitem__, __setitem__, __delitem__, __contains__, with
# integer, negative, tuple and slice keys.


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("off grid")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def rows(self):
        return ["".join(self[x, y] for x in range(self.w)) for y in range(self.h)]


g = Grid(4, 3)
g[0, 0] = "#"
g[1, 1] = "#"
g[3, 2] = "@"
print(len(g), (1, 1) in g, (2, 2) in g, (2, 2) not in g)
print("\n".join(g.rows()))
del g[1, 1]
print(len(g), g.rows()[1])
try:
    g[9, 9]
except IndexError as e:
    print("IndexError", e)
try:
    del g[2, 2]
except KeyError:
    print("KeyError")


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            print("slice", i.start, i.stop, i.step)
            return Seq(self.data[i])
        return self.data[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            print("set slice", i.start, i.stop, i.step)
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "Seq(%r)" % (self.data,)


s = Seq(range(10))
print(s[0], s[-1], s[3])
print(s[2:5], s[::3], s[:-7], s[5:])
s[0] = "zero"
s[1:3] = ["a", "b", "c"]
print(s, len(s))
del s[0]
del s[1:3]
print(s)
a, b, *rest = Seq("xyz")
print(a, b, rest)


class Keys:
    def __getitem__(self, key):
        return repr(key)


k = Keys()
print(k[1], k["s"], k[1, 2], k[1:2], k[:, 1], k[...], k[None])


class Dflt:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        try:
            return self.d[k]
        except KeyError:
            return 0

    def __setitem__(self, k, v):
        self.d[k] = v


counts = Dflt()
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.d.items()))
