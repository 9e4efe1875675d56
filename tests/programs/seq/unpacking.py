# Unpacking assignments: tuples, lists, strings, nesting, starred targets, swaps, and loops.

a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [42]
print(h)
i, (j, [k, l]) = 1, (2, [3, 4])
print(i, j, k, l)

# Starred targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
x, *mid, y = "abcdef"
print(x, mid, y)
p, *q, r = 1, 2
print(p, q, r)
*everything, = (7, 8, 9)
print(everything)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)

# Chained assignment with unpacking.
s = t = 1, 2
u, v = w = (5, 6)
print(s, t, u, v, w)

# Unpacking from any iterable.
k1, k2 = {"only": 1, "two": 2}
print(sorted([k1, k2]))
g1, g2, g3 = (n * n for n in range(3))
print(g1, g2, g3)
q1, q2 = map(int, "3 4".split())
print(q1 + q2)

# In for loops.
for idx, (key, val) in enumerate([("a", 1), ("b", 2)]):
    print(idx, key, val)
for head, *tail in ([1, 2, 3], "xy", (9,)):
    print(head, tail)

# Swapping list elements and attributes of an index expression.
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 99
print(i, lst)

# Wrong counts raise ValueError, non-iterables TypeError.
def trial(f):
    try:
        f()
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__)

def too_many():
    a, b = 1, 2, 3

def too_few():
    a, b, c = [1, 2]

def star_too_few():
    a, *b, c = [1]

def not_iterable():
    a, b = 5

trial(too_many)
trial(too_few)
trial(star_too_few)
trial(not_iterable)
