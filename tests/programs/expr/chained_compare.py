# Chained comparisons: each operand is evaluated at most once, evaluation stops at the first
# false link, and chains work with every comparison operator and mixed types.

log = []


def v(x):
    log.append(x)
    return x


print(v(1) < v(2) < v(3), log)
log.clear()
print(v(1) < v(3) < v(2) < v(4), log)
log.clear()
print(v(5) > v(6) > v(7), log)
log.clear()
print(v(1) == v(1) == v(1) != v(2), log)
log.clear()
print(v(1) < v(2) <= v(2) < v(3) >= v(0) > v(-1), log)
log.clear()

# The middle operand is shared: a side-effecting middle runs once.
counter = [0]


def mid():
    counter[0] += 1
    return 5


print(1 < mid() < 10, counter[0])
print(1 < mid() > 10, counter[0])

# in, not in, is and is not in chains.
lst = [1, 2, 3]
print(1 in lst in [lst], 4 not in lst in [lst], None is None is not False, 2 in lst == True)
print(lst is lst == [1, 2, 3], [] is not [] != 1)

# Chains in conditions and loops.
x = 5
if 0 < x < 10:
    print("in range")
if not 0 < x < 3:
    print("not in small range")
n = 0
while 0 <= n < 3:
    n += 1
print(n)
print([y for y in range(20) if 3 < y <= 7 != y])

# Mixed types and big ints.
print(0 < 0.5 < 1 < 2 ** 70 < float("inf"), "a" < "b" < "c" == "c", (1, 2) < (1, 3) < (2,))

# A chain whose first link is false never evaluates the rest (even erroneous parts).
def boom():
    raise RuntimeError("evaluated")


print(3 < 2 < boom(), 2 > 3 > boom())
try:
    print(1 < 2 < boom())
except RuntimeError:
    print("RuntimeError")

# Chains of length two through ten.
vals = list(range(10))
for k in range(2, 11):
    ok = True
    for i in range(k - 1):
        ok = ok and vals[i] < vals[i + 1]
    print(k, ok)
print(0 < 1 < 2 < 3 < 4 < 5 < 6 < 7 < 8 < 9, 0 < 1 < 2 < 3 < 4 < 5 < 6 < 7 < 9 < 8)
