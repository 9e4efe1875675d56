# Assignment forms: simple, chained, tuple and list targets, starred targets,
# nested unpacking, swaps and targets that are attributes or subscripts.


class Box:
    pass


a = 1
b = c = d = 2
e, f = 3, 4
(g, h) = [5, 6]
[i, j] = (7, 8)
k, = [9]
first, *middle, last = range(6)
*init, tail = "abc"
head, *rest = [10]
(p, q), r = (11, 12), 13
[s, (t, *u)] = [14, (15, 16, 17)]
e, f = f, e
box = Box()
box.value = box.other = 42
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = grid[0][0] = 5
letters = list("hello")
letters[1:3] = ["E", "L"]
box.pair = x, y = 18, 19
for n, (lo, hi) in enumerate([(1, 2), (3, 4)]):
    print(n, lo, hi)

print(a, b, c, d, e, f, g, h, i, j, k)
print(first, middle, last, init, tail, head, rest)
print(p, q, r, s, t, u)
print(box.value, box.other, box.pair, x, y)
print(grid, "".join(letters))
