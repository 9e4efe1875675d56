# Augmented assignment to names, subscripts, slices and attributes: every operator, and the
# target expression evaluated only once.

x = 10
for op in range(12):
    y = 7
    if op == 0:
        y += 3
    elif op == 1:
        y -= 3
    elif op == 2:
        y *= 3
    elif op == 3:
        y /= 2
    elif op == 4:
        y //= 2
    elif op == 5:
        y %= 4
    elif op == 6:
        y **= 2
    elif op == 7:
        y <<= 2
    elif op == 8:
        y >>= 1
    elif op == 9:
        y &= 3
    elif op == 10:
        y |= 8
    else:
        y ^= 5
    print(op, y)

# Subscript targets: the container and the index are evaluated once.
log = []


def get(obj, tag):
    log.append(tag)
    return obj


lst = [1, 2, 3]
get(lst, "c")[get(1, "i")] += 10
print(lst, log)
log.clear()
d = {"k": 1}
get(d, "d")[get("k", "key")] *= 5
print(d, log)

# Attribute targets.
class Box:
    pass


b = Box()
b.v = 1
get(b, "obj").v += 41
print(b.v, log)

# Mutable objects change in place for += on lists, new objects for tuples and strings.
a = [1]
alias = a
a += [2]
t = (1,)
talias = t
t += (2,)
s = "x"
salias = s
s += "y"
print(alias, talias, salias, a is alias, t is talias)

# Nested subscript targets.
grid = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        grid[i][j] += i * 2 + j
grid[1][0] **= 3
print(grid)
m = {"a": {"b": [1]}}
m["a"]["b"][0] -= 5
m["a"]["c"] = m["a"].get("c", 0) + 1
print(sorted(m["a"].items()))

# Big ints and floats.
n = 2 ** 60
n *= n
n += 1
n //= 3
print(n)
f = 1.5
f **= 2
f -= 0.25
print(f)
