# Loops over containers changed while iterating, where the behaviour is defined: appending to a
# list being iterated (it sees the new items), removing while iterating over a copy, rebinding
# the iterated name, iterating over a snapshot of dict keys, and shrinking a list in a while loop.

work = [1, 2, 3]
for x in work:
    if x < 20:
        work.append(x * 10)
print(work)

items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)

# Rebinding the name does not change what the loop iterates over.
seq = [1, 2, 3]
seen = []
for x in seq:
    seen.append(x)
    seq = [9, 9]
print(seen, seq)

# Mutating a dict through a snapshot of its keys.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
for k in list(d):
    if d[k] % 2:
        del d[k]
    else:
        d[k + k] = d[k]
print(sorted(d.items()))

# A queue processed in a while loop that grows and shrinks.
queue = [5]
order = []
while queue:
    n = queue.pop(0)
    order.append(n)
    if n > 1:
        queue.append(n // 2)
        if n % 2:
            queue.append(n - 1)
print(order)

# Clearing the list in the loop stops it.
lst = [1, 2, 3, 4]
got = []
for v in lst:
    got.append(v)
    if v == 2:
        lst.clear()
print(got, lst)

# Assigning to a slice ahead of the iterator.
nums = [0, 1, 2, 3, 4]
out = []
for i, v in enumerate(nums):
    out.append(v)
    if i == 1:
        nums[3:] = [30, 40, 50]
print(out)

# Iterating a list while building another from it, nested.
matrix = [[1, 2], [3, 4]]
for row in matrix:
    row.append(sum(row))
print(matrix)
