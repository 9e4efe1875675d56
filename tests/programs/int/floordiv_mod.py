# Floor division and modulo with negative operands, for small and big ints, and divmod.

def show(a, b):
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a)

for a in (17, -17, 1, -1, 0, 16, -16):
    for b in (5, -5, 1, -1, 16, -16):
        show(a, b)

# Big dividends and divisors.
big = 10 ** 25 + 7
for a in (big, -big):
    for b in (3, -3, 10 ** 12, -(10 ** 12), big, -big, big * 2, -(big * 2)):
        show(a, b)

# Small dividend, big divisor.
for a in (5, -5, 0):
    for b in (2 ** 80, -(2 ** 80)):
        show(a, b)

# Results that straddle the small-int boundary.
for a in (2 ** 62, -(2 ** 62), 2 ** 63, -(2 ** 63), 2 ** 64 + 1):
    print(a // 2, a // -2, a % 7, a % -7, -a // 3)

# Division by zero raises ZeroDivisionError for all three operations.
for op in ("//", "%", "divmod"):
    for a in (1, 2 ** 70, 0):
        try:
            if op == "//":
                a // 0
            elif op == "%":
                a % 0
            else:
                divmod(a, 0)
            print(op, "no error")
        except ZeroDivisionError:
            print(op, a > 1, "ZeroDivisionError")
