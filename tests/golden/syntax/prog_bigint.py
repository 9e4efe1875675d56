# Arbitrary-precision integer arithmetic: factorials, powers, digit sums,
# integer square roots and modular exponentiation.


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x


def digit_sum(n):
    return sum(int(d) for d in str(n))


f50 = factorial(50)
print(f50)
print(digit_sum(factorial(100)), len(str(2 ** 1000)), digit_sum(2 ** 1000))
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30))
print(pow(3, 10 ** 6, 10 ** 9 + 7), pow(2, 127) - 1)
print(f50 // factorial(48), f50 % 1000003, -f50 // 10 ** 60)
print(hex(2 ** 70), oct(8 ** 20), bin(2 ** 40 + 1))
print(int("123456789" * 4) * int("987654321" * 3))
