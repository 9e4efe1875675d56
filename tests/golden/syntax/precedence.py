# Operator precedence and associativity across the whole expression grammar,
# each line compared with an explicitly parenthesised version.

a, b, c = 3, 5, 7
checks = [
    (not a == b, not (a == b)),
    (-a ** 2, -(a ** 2)),
    (2 ** -1, 2 ** (-1)),
    (a + b * c, a + (b * c)),
    (a - b - c, (a - b) - c),
    (a ** b ** 0, a ** (b ** 0)),
    (a << 1 + 1, a << (1 + 1)),
    (a & b ^ c | 8, ((a & b) ^ c) | 8),
    (a | b == 7, (a | b) == 7),
    (a < b == b < c, (a < b) and (b == b) and (b < c)),
    (not a < b or c, (not (a < b)) or c),
    (a and b or c and 0, (a and b) or (c and 0)),
    (1 if a else 2 if b else 3, 1 if a else (2 if b else 3)),
    (~a + 1, (~a) + 1),
    (-a % b, (-a) % b),
    (a * b // c % 4, ((a * b) // c) % 4),
    ([x for x in range(3)][1:][0], 2),
    ((lambda: a or b)(), 3),
    (a in [3] == True, (a in [3]) and ([3] == True)),
    (a is not None is not False, (a is not None) and (None is not False)),
    (- - - a, -(-(-a))),
    (not not a, bool(a)),
]
for i, (left, right) in enumerate(checks):
    print(i, left, right, left == right)
