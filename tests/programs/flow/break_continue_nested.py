# break and continue at every level of nested for and while loops, with flags, with else
# clauses, in loops over different iterables, and with the loop variable used afterwards.

# A 3-level search where each level uses continue and break differently.
hits = []
for a in range(4):
    if a == 1:
        continue
    for b in "xyz":
        if b == "y":
            continue
        n = 0
        while True:
            n += 1
            if n == 2:
                continue
            if n > 4:
                break
            if (a + n) % 3 == 0:
                hits.append((a, b, n))
        if a == 3 and b == "z":
            break
print(hits)

# break out of a while nested in a for, continue in the for.
out = []
for word in ("apple", "kiwi", "banana", "fig"):
    i = 0
    while i < len(word):
        if word[i] in "ai":
            break
        i += 1
    if i == len(word):
        continue
    out.append((word, i))
print(out)

# continue as the last statement, continue directly inside else/elif.
count = 0
for i in range(10):
    if i < 3:
        continue
    elif i < 6:
        count += 1
        continue
    else:
        count += 10
        continue
print(count)

# Flags carrying a break outward through three levels.
found = None
for i in range(5):
    for j in range(5):
        for k in range(5):
            if i + j + k == 7 and i < j < k:
                found = (i, j, k)
                break
        if found:
            break
    if found:
        break
print(found)

# Many breaks and continues in one loop body.
log = []
for i in range(30):
    if i % 2 == 0:
        continue
    if i % 3 == 0:
        continue
    if i % 5 == 0:
        log.append("five")
        continue
    if i > 20:
        break
    log.append(i)
print(log)

# Loop variables of nested loops after breaking out.
for i in range(10):
    for j in range(10):
        if j == 3:
            break
    if i == 2:
        break
print(i, j)

# break inside an if inside a while with a complex condition.
a, b = 0, 100
while a < b and b - a > 1:
    mid = (a + b) // 2
    if mid * mid == 49:
        break
    if mid * mid < 49:
        a = mid
    else:
        b = mid
print(a, b, mid)
