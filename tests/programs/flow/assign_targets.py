# Assignment statements: chained targets, tuple/list unpacking with stars, swaps and rotations,
# subscripts, slices and attributes as targets, evaluation order of the right side and the
# targets, and augmented assignment to every target kind.

log = []


class Rec:
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        object.__setattr__(self, name, value)


class Box:
    def __init__(self, items):
        self.items = items

    def __setitem__(self, i, v):
        log.append(("item", i, v))
        self.items[i] = v


a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
p, q, r = 1, 2, 3
p, q, r = q, r, p
print(p, q, r)
(s, t), u = "st", "u"
[v, w] = (5, 6)
print(s, t, u, v, w)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = "xyz"
h, *rest = [1]
print(head, tail, h, rest)

# Chained assignment assigns left to right.
o = Rec()
box = Box([0, 0])
o.a = box[0] = o.b = 7
print(log)
log.clear()

# Unpacking into mixed targets.
o.m, box[1], (o.n, box[0]) = 1, 2, (3, 4)
print(log, box.items)

# Slices.
lst = list(range(8))
lst[2:5] = ["a"]
print(lst)
lst[:0] = [-1, -2]
print(lst)
lst[-2:] = []
print(lst)
lst[1:3] = ("x", "y")
print(lst)

# Augmented assignment.
n = 5
n += 2
n *= 3
n //= 4
n -= 1
n **= 2
n %= 7
n <<= 3
n >>= 1
n |= 1
n &= 13
n ^= 6
print(n)
d = {"k": 1}
d["k"] += 10
d["j"] = d.get("j", 0) - 1
items = [1, 2]
items[0] -= 5
items[-1] *= 10
o.count = 1
o.count += 1
print(d["k"], d["j"], items, o.count)
s = "ab"
s += "cd"
s *= 2
tup = (1,)
tup += (2,)
print(s, tup)

# List augmented assignment mutates in place; aliases see it.
alias = items
items += [3]
print(alias, alias is items)

# Unpacking errors.
for src in ([1], [1, 2, 3]):
    try:
        e1, e2 = src
    except ValueError:
        print("ValueError", len(src))
