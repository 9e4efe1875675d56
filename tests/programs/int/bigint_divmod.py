# Long division: big // big, big % small, signs, and exact quotients.

n = 123456789012345678901234567890123456789
d = 987654321987654321
print(n // d, n % d, divmod(n, d))
print((-n) // d, (-n) % d, divmod(-n, d))
print(n // -d, n % -d, divmod(n, -d))
print((-n) // -d, (-n) % -d, divmod(-n, -d))

# Exact division round trips.
p = 2 ** 127 - 1
q = 2 ** 89 - 1
prod = p * q
print(prod // p == q, prod // q == p, prod % p, prod % q)
print((-prod) // p == -q, (-prod) % p)

# Remainders by small divisors (digit sums, check digits).
big = 3 ** 200
for m in (2, 3, 7, 9, 10, 11, 97, 1000, 65536):
    print(m, big % m, (-big) % m, big // m % 1000)

# Quotient exactly at the small-int edges.
for k in (30, 31, 62, 63, 64):
    t = 2 ** k
    print(k, (t * 5) // 5 == t, (t * 5 + 4) // 5 == t, (-(t * 5) - 1) // 5)

# True division of big ints gives floats.
print(round((10 ** 30) / (10 ** 28), 6), (2 ** 80) / 2 ** 78)
print((10 ** 20) / (10 ** 20), 7 / 2, -7 / 2, (2 ** 64) / 2 ** 63)

# Repeated division to get digits in base 7.
x = 10 ** 30 + 12345
digits = []
while x:
    x, r = divmod(x, 7)
    digits.append(r)
print(len(digits), digits[:10], digits[-5:])

# Greatest common divisor by Euclid.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(2 ** 100, 6 ** 40), gcd(10 ** 30 + 1, 10 ** 15 + 1), gcd(-12, 18), gcd(0, 2 ** 70))
