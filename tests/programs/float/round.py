# round() on floats and ints: ties to even, negative digit counts, result types.

for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.4, 2.6, -2.6, 1e15 + 0.5, 0.0, -0.0):
    r = round(x)
    print(x, r, type(r).__name__)

# Exact binary fractions with a digit count.
for x in (0.125, 0.375, 0.625, -0.125, 2.5, 1.25, 3.75, 0.0625):
    print(x, round(x, 0), round(x, 1), round(x, 2), round(x, 3))

# Values well away from a tie.
for x in (3.14159, 2.71828, -1.41421, 123.456, 0.001234, 99.999):
    print(x, round(x, 1), round(x, 2), round(x, 4), round(x, 0))

# Negative digit counts on floats and ints.
for x in (123.456, 1550.0, -987.6, 15, 25, 35, -15, 1234567, 2 ** 70):
    print(x, round(x, -1), round(x, -2), round(x, -3))

# Ints with non-negative digit counts are unchanged and stay ints.
for x in (7, -7, 2 ** 80):
    print(round(x), round(x, 0), round(x, 5), type(round(x, 2)).__name__)

# round(x, 0) keeps a float; round(x) gives an int.
print(type(round(2.5, 0)).__name__, type(round(2.5)).__name__, round(1e20) == 10 ** 20)

# Rounding of large and special values.
print(round(1e300) == int(1e300), round(float("inf"), 2), round(-float("inf"), 0))
for v in (float("inf"), float("nan")):
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
