# Prime numbers three ways: trial division, a sieve and a generator that
# yields primes forever, plus factorisation and a Goldbach check.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0:2] = [False, False]
    p = 2
    while p * p <= limit:
        if flags[p]:
            for m in range(p * p, limit + 1, p):
                flags[m] = False
        p += 1
    return [i for i, f in enumerate(flags) if f]


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def factorize(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


small = sieve(100)
gen = primes()
print(small)
print([next(gen) for _ in range(25)] == small)
print(factorize(360), factorize(97), factorize(2 ** 16 + 1), factorize(600851475143))
for even in range(4, 31, 2):
    pair = next((p, even - p) for p in small if even - p in small)
    print(even, pair, end="; ")
print()
