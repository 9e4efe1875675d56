# Float floor division, modulo and divmod: sign of the result follows the divisor.

vals = [7.5, -7.5, 7.0, -7.0, 0.5, -0.5, 0.0, 1e10]
divs = [2.0, -2.0, 0.5, -0.5, 3, -3]
for a in vals:
    row = []
    for b in divs:
        q, r = divmod(a, b)
        row.append((a // b, a % b, q, r))
    print(a, row)

# Identity q * b + r == a for values that are exact in binary.
ok = True
for a in (5.5, -5.5, 12.25, -12.25, 100.0):
    for b in (2.0, -2.0, 0.25, -4.0, 1.5):
        q, r = divmod(a, b)
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
            ok = False
print("identity", ok)

# Mixed int and float operands.
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, divmod(7, 2.5), divmod(-7, 2.5))
print(2 ** 70 // 1e20, 2 ** 70 % 1e20 < 1e20)

# Division by zero.
for a, b in ((1.0, 0.0), (1.0, 0), (1, 0.0), (0.0, 0.0), (-1.0, -0.0)):
    for op in ("/", "//", "%", "divmod"):
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            else:
                r = divmod(a, b)
            print(op, r)
        except ZeroDivisionError:
            print(a, op, b, "ZeroDivisionError")
