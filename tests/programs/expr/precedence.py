# Operator precedence and associativity across arithmetic, shifts, bitwise, comparison,
# boolean and conditional operators, each checked against an explicitly bracketed form.

a, b, c, d = 2, 3, 4, 5
print(a + b * c, a + (b * c), (a + b) * c)
print(a ** b ** 2, a ** (b ** 2), (a ** b) ** 2)
print(-a ** 2, -(a ** 2), (-a) ** 2, 2 ** -1, -2 ** -1)
print(~a ** 2, ~(a ** 2), ~a * 2, (~a) * 2)
print(a * b // c % d, ((a * b) // c) % d, a - b - c, (a - b) - c, a - (b - c))
print(a << b + 1, a << (b + 1), (a << b) + 1, a + b << 1, 1 << a * b)
print(a | b & c, a | (b & c), (a | b) & c, a ^ b | c, a ^ (b | c), a & b ^ c, (a & b) ^ c)
print(a | b ^ c & d, a | (b ^ (c & d)), a + b | c, (a + b) | c, a & b + c)
print(a < b == b < c, (a < b) == (b < c), a < b and b < c)
print(not a == b, not (a == b), (not a) == b, not a < b < c)
print(a == 2 or b == 0 and c == 0, a == 2 or (b == 0 and c == 0), (a == 2 or b == 0) and c == 0)
print(not 0 and 1, (not 0) and 1, not (0 and 1), 0 or not 0, not 1 or 1)
print(1 if a else 2 if b else 3, 1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 0 else 3)
print(a + 1 if a > b else b - 1, (a + 1) if (a > b) else (b - 1))
print((lambda: 0 if False else 1)(), (lambda x: x * 2 if x else -1)(0), (lambda x: x * 2 if x else -1)(4))
print(-a * -b, - - a, +-a, -+a, --a, ~-a, -~a, ~~a)
print(a * -1 ** 2, a * (-1) ** 2, 2 ** -a, 10 - -a)
print(a in [2] == True, (a in [2]) == True, a not in [3] is not False)
print([1, 2] + [3] * 2, ([1, 2] + [3]) * 2, "ab" * 2 + "c", "ab" * (2 + 1))
print(7 % 3 ** 2, (7 % 3) ** 2, 7 // 2 * 2, 7 // (2 * 2), -7 // 2, -(7 // 2))
print(1 < 2 < 3 < 4 > 2, 1 < 3 > 2 < 4, 5 > 4 > 3 > 2 > 1 > 0, 1 == 1 != 2 == 2)
print(True + True * 2, (True + True) * 2, 3 > 2 > 1, (3 > 2) > 1)
x = 10
x += 2 * 3
x -= 1 if x > 10 else 100
x *= 1 + 1
x //= 3 - 1
print(x)
