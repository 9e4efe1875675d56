# Operators on lists: + * += *= in, len, equality, ordering, nesting and aliasing.

a = [1, 2, 3]
b = [4, 5]
print(a + b, b + a, a * 2, 2 * b, a * 0, a * -1, [] * 5, [None] * 3, len(a + b), a + [])
print(2 in a, 9 in a, 9 not in a, [1] in [[1], 2], "x" in ["x"], None in [0, None])

# += extends in place (aliases see it); + makes a new list.
alias = a
a += [9]
print(a, alias, a is alias)
a = a + [10]
print(a, alias, a is alias)
c = [0]
c *= 3
print(c)

# += accepts any iterable.
e = []
e += "ab"
e += (1, 2)
e += range(3)
print(e)

# Equality and ordering element by element.
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != [1, 2, 3], [] == [], [1, 2] == (1, 2))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, "a"] < [1, "b"], [[1]] < [[2]])
print([1, 2] <= [1, 2], [3] >= [2, 9], max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))

# Repetition shares the same inner objects.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)

# Lists containing themselves.
self_ref = [1, 2]
self_ref.append(self_ref)
print(len(self_ref), self_ref[2] is self_ref, self_ref[2][2][0])

# Truthiness.
print(bool([]), bool([0]), not [], [] or "empty", [1] and "full")

# Errors.
for f in (lambda: [1] + (2,), lambda: [1] * 1.5, lambda: [1] < [None], lambda: [1] - [1]):
    try:
        print(f())
    except TypeError:
        print("TypeError")
