# Loops over range: positive and negative steps, empty ranges, large bounds, steps that do not
# divide the span, bounds computed once, the loop variable changed inside the body, and range
# objects stored and reused.

print(list(range(0)), list(range(1)), list(range(-2)), list(range(3, 3)), list(range(3, 1)))
print(list(range(1, 10, 3)), list(range(10, 1, -3)), list(range(-5, 5, 4)), list(range(5, -5, -4)))
print(list(range(0, 1, 100)), list(range(0, -1, -100)), list(range(10, 0, 1)))

total = 0
for i in range(1000000, 1000010, 3):
    total += i
print(total)

big = 2 ** 29
print([i - big for i in range(big, big + 3)])

# The bounds are evaluated once.
n = 3
seen = []
for i in range(n):
    n += 10
    seen.append(i)
print(seen, n)

# Rebinding the loop variable does not affect the next iteration.
out = []
for i in range(5):
    out.append(i)
    i = 100
print(out, i)

# Nested ranges depending on the outer variable.
tri = []
for i in range(5):
    for j in range(i):
        tri.append(j)
print(tri, len(tri))

# Ranges kept in a variable are iterable many times.
r = range(2, 12, 4)
print(list(r), list(r), len(r), r[1], r[-1], 6 in r, 7 in r)
for step in (1, 2, -1, -2):
    acc = []
    for v in range(-3, 4, step) if step > 0 else range(3, -4, step):
        acc.append(v)
    print(step, acc)

# Counting loops with negative steps and a break.
for i in range(10, -1, -1):
    if i * i < 20:
        break
print(i)

# range with variables in every slot.
a, b, c = 2, 17, 5
print(sum(range(a, b, c)), max(range(a, b, c)), min(range(b, a, -c)))
