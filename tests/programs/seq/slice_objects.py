# The slice objects that subscripts create, seen through a __getitem__ that returns its key:
# start/stop/step attributes, None for missing parts, tuples of slices and Ellipsis.

class Probe:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", describe(key), value)

    def __delitem__(self, key):
        print("del", describe(key))


def describe(k):
    if type(k) is slice:
        return "slice(%r, %r, %r)" % (k.start, k.stop, k.step)
    if type(k) is tuple:
        return "(" + ", ".join(describe(x) for x in k) + ")"
    return repr(k)


p = Probe()
for k in (p[1:2], p[:], p[::], p[1:], p[:2], p[::3], p[1:2:3], p[-1:-2:-3], p[None:None:None], p["a":"b"]):
    print(describe(k), type(k).__name__)

x, y = 3, 7
print(describe(p[x:y]), describe(p[x + 1:y * 2:x - y]), describe(p[len("ab"):]))
print(describe(p[1:2, 3]), describe(p[::2, ::3]), describe(p[...]), describe(p[1, ..., 2:]), describe(p[()]))

p[1:3] = "v"
p[::2] = [0]
del p[4:]
del p[:, 1]

# Real sequences interpret the same slices.
data = list(range(10))
for k in (p[2:5], p[::3], p[::-2], p[7:2:-1], p[-3:]):
    print(describe(k), data[k], "".join(str(c) for c in data)[k] if k.step in (None, 1) else "-")

# A slice object kept in a variable can be used again.
s1 = p[1:5]
print(describe(s1), data[s1], "abcdefg"[s1], (1, 2, 3, 4, 5, 6)[s1])
