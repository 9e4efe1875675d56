# for loops inside try inside while loops, and the reverse: exceptions leaving a for loop with its
# iterator on the stack, continue/break of the outer loop from a handler, and loops resumed after
# a handled exception.

data = [[1, 2, 0, 4], [5, 0], [], [6, 7, 8]]
log = []
row = 0
while row < len(data):
    try:
        for x in data[row]:
            log.append(12 // x)
        log.append("row %d done" % row)
    except ZeroDivisionError:
        log.append("zero in row %d" % row)
        row += 1
        continue
    finally:
        log.append("fin %d" % row)
    row += 1
print(log)

# Exception from a nested for in a for, caught by a try around the outer loop.
found = None
try:
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                raise StopIteration((i, j))
except StopIteration as s:
    found = s.args[0]
print(found)

# A try inside a for inside a while with break from the handler.
log = []
n = 0
while n < 3:
    n += 1
    for k in range(4):
        try:
            if k == n:
                raise KeyError(k)
            log.append((n, k))
        except KeyError:
            log.append("break %d" % n)
            break
    else:
        log.append("no break %d" % n)
print(log)


# Many handled exceptions in a loop keep the loop going and do not grow anything.
def count_failures(values):
    bad = 0
    good = 0
    for v in values:
        try:
            int(v)
            good += 1
        except ValueError:
            bad += 1
    return good, bad


print(count_failures(["1", "x", "2", "", "3", "4z"] * 50))

# while loop whose condition raises.
items = [3, 2, 1]
try:
    while items.pop():
        pass
except IndexError:
    print("condition raised", items)


# A for loop over a generator that raises midway.
def gen():
    yield 1
    yield 2
    raise ValueError("gen failed")


got = []
try:
    for v in gen():
        got.append(v)
except ValueError as e:
    got.append(e.args[0])
print(got)
