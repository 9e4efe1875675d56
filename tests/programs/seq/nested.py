# Nested lists and tuples: matrices, transposes, deep copies by hand, flattening, and mutation
# through references.

m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], [row[0] for row in m], [m[i][i] for i in range(3)], sum(sum(r) for r in m))
t = [list(col) for col in zip(*m)]
print(t)
print([[m[i][j] * t[i][j] for j in range(3)] for i in range(3)])

# Matrix product.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(m, ident) == m, matmul(m, m))

# Shallow versus deep copy.
shallow = m[:]
deep = [row[:] for row in m]
m[0][0] = 100
print(shallow[0][0], deep[0][0], shallow[0] is m[0], deep[0] is m[0])

# Flattening to any depth.
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

print(flatten([1, [2, (3, [4, [5]])], [], [[6]]]))

# Lists of tuples and tuples of lists.
pts = [(0, 0), (1, 2), (3, 1)]
xs, ys = zip(*pts)
print(xs, ys, max(pts, key=lambda p: p[1]))
tl = ([1], [2])
tl[0].extend([1, 1])
print(tl)

# Equality and ordering of nested structures.
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2], [3]] < [[1, 2], [4]], [(1, [2])] == [(1, [2])])

# Building a ragged triangle.
tri = []
for n in range(5):
    tri.append([1] * (n + 1))
    for k in range(1, n):
        tri[n][k] = tri[n - 1][k - 1] + tri[n - 1][k]
print(tri)
