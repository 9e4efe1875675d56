# while loops: else runs when the condition turns false and not after break; while True with
# break; conditions with side effects; nested while loops with else; counting loops.


def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            result = "found at %d" % i
            break
        i += 1
    else:
        result = "not found"
    return result


print(find([4, 5, 6], 5), find([4, 5, 6], 9), find([], 1))

# The else clause also runs when the loop never iterates.
n = 0
while n > 0:
    n -= 1
else:
    print("else without iterations", n)

# while True ends only through break (or return).
count = 0
while True:
    count += 3
    if count > 10:
        break
print(count)


def first_power_above(base, limit):
    p = 1
    while True:
        p *= base
        if p > limit:
            return p


print(first_power_above(2, 1000), first_power_above(3, 1000))

# Conditions with side effects.
stack = [1, 2, 3, 4]
popped = []
while stack and stack[-1] != 2:
    popped.append(stack.pop())
print(popped, stack)

# Nested while with else at both levels.
log = []
i = 0
while i < 3:
    j = 0
    while j < 3:
        if i == 1 and j == 1:
            break
        j += 1
    else:
        log.append("inner done %d" % i)
    i += 1
else:
    log.append("outer done")
print(log)

# continue skips to the condition check.
i = 0
odds = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odds.append(i)
else:
    odds.append("end")
print(odds)

# else sees the loop's final state; break from else-less nested loop.
a, b = 0, 1
while b < 100:
    a, b = b, a + b
else:
    print("fib", a, b)
