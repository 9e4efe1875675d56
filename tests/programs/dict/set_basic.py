# set basics: displays, add, remove, discard, pop, clear, copy, len, membership, deduplication.

s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 1 in s, 4 in s, 4 not in s)
s.add(4)
s.add(1)
print(sorted(s), len(s))
s.remove(4)
s.discard(10)
s.discard(3)
print(sorted(s))
try:
    s.remove(10)
except KeyError:
    print("KeyError")

# pop removes some element; popping everything empties the set.
p = {10, 20, 30}
popped = []
while p:
    popped.append(p.pop())
print(sorted(popped), p, len(p))
try:
    p.pop()
except KeyError:
    print("KeyError")

c = {1, 2}
d = c.copy()
d.add(3)
print(sorted(c), sorted(d), c is d)
d.clear()
print(d, len(d), set(), bool(set()), bool({0}))

# Sets of mixed hashable types.
m = {1, 1.0, True, "1", b"1", (1,), None, frozenset([1])}
print(len(m), 1 in m, "1" in m, (1,) in m, None in m, 2 in m)
print(sorted(type(x).__name__ for x in m))

# Removing duplicates while counting.
words = "a b a c b a d".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))

# Unhashable elements.
for bad in ([1], {1: 1}, {2}):
    try:
        {bad}
    except TypeError:
        print(type(bad).__name__, "TypeError")
try:
    s.add([])
except TypeError:
    print("add TypeError")

# Growing and shrinking a large set.
big = set()
for i in range(300):
    big.add(i * 7 % 301)
print(len(big), min(big), max(big))
for i in range(0, 301, 3):
    big.discard(i)
print(len(big), 3 in big, 4 in big)
