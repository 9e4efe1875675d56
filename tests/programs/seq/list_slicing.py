# List slicing: reading with any step, assigning and deleting step-1 slices.

l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::2], l[1::2], l[::-1], l[::-3], l[8:2:-2], l[2:8:3])
print(l[100:], l[-100:2], l[5:5], l[7:3], l[::10], l[-1:-4:-1], l[-4:-1], l[3:-3])

bounds = [None, -11, -5, 0, 3, 10, 11]
steps = [None, 1, 2, -1, -3]
for st in steps:
    print(st, [l[a:b:st] for a in bounds for b in (None, 4, -2)])

# Slices are shallow copies.
inner = [1, 2]
outer = [inner, 3]
cp = outer[:]
cp[1] = 99
cp[0].append(3)
print(outer, cp, cp[0] is inner)

# Assignment to step-1 slices can change the length.
m = list(range(6))
m[1:3] = ["a", "b", "c", "d"]
print(m)
m[2:5] = []
print(m)
m[:0] = [-2, -1]
print(m)
m[len(m):] = [10, 11]
print(m)
m[:] = (7, 8)
print(m)
m[5:] = [9]
print(m)
m[-1:] = [0, 0]
print(m)

# del on step-1 slices.
d = list(range(10))
del d[2:4]
print(d)
del d[-2:]
print(d)
del d[:1]
print(d)
del d[100:]
print(d)
del d[:]
print(d)

# Slice assignment from the list itself.
s = [1, 2, 3]
s[1:2] = s
print(s)
