# Integer powers: ** with small and big results, negative exponents, and three-argument pow.

for b in (2, 3, 7, 10, -2, -3):
    print(b, [b ** e for e in (0, 1, 2, 10, 31, 32, 63, 64, 65)])

print(2 ** 100, 2 ** 200 - 2 ** 199 == 2 ** 199)
print((-1) ** 1001, (-1) ** 1000, 0 ** 0, 0 ** 5, 1 ** 10000)
print(10 ** 40 // 10 ** 39, 7 ** 50 % 1000)

# Negative exponents give floats.
print(2 ** -1, 10 ** -3 == 0.001, 4 ** -0.5, (-2) ** -2)

# pow builtin, two and three arguments.
print(pow(3, 4), pow(-3, 3), pow(2, 0), pow(2, -2))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(5, 3, 1))
print(pow(2, 100, 10 ** 9 + 7), pow(10 ** 20 + 3, 10 ** 10, 2 ** 61 - 1))
print(pow(2 ** 70, 3, 2 ** 65 + 3), pow(12345678901234567890, 98765, 1000000007))
print(pow(-7, 3, 10), pow(-7, 4, 10), pow(-(2 ** 70), 3, 1000))

# Fermat's little theorem on a few primes.
for p in (5, 13, 101, 65537, 2 ** 31 - 1):
    print(p, [pow(a, p - 1, p) for a in (2, 3, 10)])

# Square-and-multiply done by hand agrees with pow.
def modpow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r

for b, e, m in ((3, 1000, 10 ** 9 + 9), (2 ** 64 + 1, 777, 2 ** 89 - 1), (99, 12345, 2 ** 31)):
    print(modpow(b, e, m) == pow(b, e, m), pow(b, e, m))

# Errors.
for args in ((2, 3, 0), (2.0, 3, 5), (0, -1)):
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__)
