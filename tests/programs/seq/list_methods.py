# list methods: append, extend, insert, pop, remove, index, count, reverse, clear, copy.

l = []
l.append(1)
l.append("two")
l.append([3])
l.append(None)
print(l, len(l))
l.extend([4, 5])
l.extend((6,))
l.extend(range(7, 9))
l.extend("ab")
l.extend([])
print(l, len(l))

m = [1, 2, 3]
m.insert(0, 0)
m.insert(2, 1.5)
m.insert(-1, 2.5)
m.insert(100, 4)
m.insert(-100, -1)
print(m)

p = list(range(8))
print(p.pop(), p.pop(0), p.pop(-2), p.pop(2), p)
q = ["a", "b", "a", "c", "a"]
q.remove("a")
print(q)
q.remove("a")
print(q, q.index("c"), q.index("a"), q.count("a"), q.count("z"))
print([1, 2, 1, 2].index(1, 1), [1, 2, 1, 2].index(2, 2, 4), [1, 2, 3].index(3, -1))

r = [1, 2, 3, 4, 5]
r.reverse()
print(r)
c = r.copy()
c.append(0)
print(r, c, c is r)
c.clear()
print(c, len(c), r)

# Methods return None except pop, index, count and copy.
print([].append(1), [].extend([]), [1].insert(0, 0), [3, 1].sort(), [1].reverse(), [1].clear(), [2].remove(2))

# Errors.
def trial(name, f):
    try:
        print(name, f())
    except (IndexError, ValueError, TypeError) as e:
        print(name, type(e).__name__)

trial("pop empty", lambda: [].pop())
trial("pop far", lambda: [1].pop(5))
trial("remove missing", lambda: [1].remove(2))
trial("index missing", lambda: [1, 2].index(3))
trial("index range", lambda: [1, 2, 1].index(1, 1, 2))
trial("extend int", lambda: [].extend(5))
