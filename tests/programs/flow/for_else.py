# for/else: else after exhausting the iterable (also an empty one), skipped by break; break on
# the first and last item; nested loops with else at both levels; a prime sieve using for/else.


def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if d * d > n:
                out.append(n)
                break
            if n % d == 0:
                break
        else:
            out.append(n)
    return out


print(primes(60))

for items in ([], [1], [1, 2, 3], [0, 1], [1, 0]):
    for v in items:
        if v == 0:
            print(items, "break at", v)
            break
    else:
        print(items, "exhausted")

# continue does not prevent else.
total = 0
for i in range(5):
    if i % 2:
        continue
    total += i
else:
    total += 100
print(total)

# Nested loops: break in the inner loop still lets the outer loop's else run.
log = []
for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        log.append("inner else %d" % i)
else:
    log.append("outer else")
print(log)

# Breaking the outer loop from inside the inner one with the else/continue/break idiom.
pairs = []
for i in range(5):
    for j in range(5):
        if i * j == 6:
            pairs.append((i, j))
            break
    else:
        continue
    break
print(pairs)


# else in a function with return inside the loop.
def index_of(seq, x):
    for i, v in enumerate(seq):
        if v == x:
            return i
    else:
        return -1


print(index_of("hello", "l"), index_of("hello", "z"), index_of("", "a"))

# The loop variable keeps its last value after the loop and after break.
for k in range(4):
    pass
print(k)
for k in "abc":
    if k == "b":
        break
print(k)
