# range objects: construction with 1-3 arguments, negative steps, len, indexing, slicing,
# membership, iteration, repr, attributes and errors.

for args in ((5,), (2, 8), (2, 8, 2), (8, 2, -2), (0,), (5, 5), (5, 1), (-3, 3), (10, -10, -7), (0, 100, 33)):
    r = range(*args)
    print(args, list(r), len(r), repr(r), r.start, r.stop, r.step, bool(r))

r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[len(r) - 1], list(r[1:4]), list(r[::2]), list(r[::-1]), list(r[-3:]), r[1:4].step)
print(7 in r, 8 in r, 31 in r, -1 in r, 3 in range(3), 0 in range(0), 11 in range(11, 0, -1))
for i in (7, -8):
    try:
        print(r[i])
    except IndexError:
        print(i, "IndexError")

# Iteration, reversal and conversion.
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), sum(range(100)), max(range(-5, 5)), tuple(range(3)))
print([x * 2 for x in range(0, 10, 3)], sorted(range(3, 0, -1)), list(enumerate(range(10, 13))))

# Large bounds within a machine word.
big = range(0, 2 ** 30, 3)
print(len(big), big[-1], big[1000], big[-1000], list(big[5:8]))
small = range(0, 3000, 3)
print(999 in small, 1000 in small, 2997 in small, 3000 in small)

# Ranges are immutable sequences.
try:
    r[0] = 1
except TypeError:
    print("TypeError")

# Bad arguments.
for f in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("3"), lambda: range()):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)

# Loop with a range whose bounds are computed.
n = 4
print([i for i in range(n * n - 1, n, -n)], [i for i in range(-n, n, n // 2)])
