# Arithmetic, bitwise and shift operators, unary operators, power and
# precedence, on ints of several sizes and exact floats.


class Vec:
    def __init__(self, *c):
        self.c = c

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))


a, b = 17, 5
print(a + b, a - b, a * b, a / 4, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, divmod(a, b), 2 ** -1, (-2) ** 3)
print(-2 ** 2, 2 ** 3 ** 2, +a, -a, ~a, - - a, ~~a, -+-a)
print(a & b, a | b, a ^ b, a << 3, a >> 2, -a >> 1, 1 << 70)
print(1 + 2 * 3 - 4 // 3 % 2, (1 + 2) * (3 - 4), 2 * 3 ** 2, 10 - 2 - 3)
print(a & b | a ^ b << 1, (a & b) | ((a ^ b) << 1), a | b & 3 ^ 6)
print(Vec(1, 2, 3) @ Vec(4, 5, 6), 7.5 * 2, 0.25 + 0.5, 1.5 ** 2)
print(12345678901234567890 * 98765432109876543210)
print(2 ** 100 // 3 ** 20, 2 ** 100 % 1000007, -(2 ** 64) >> 3)
print(True + True, False * 3, 3 * "ab", [0] * 3 + [1])
