# Arbitrary-precision arithmetic: addition, subtraction and multiplication across the small-int
# boundary, carries, and factorials.

a = 2 ** 64
b = 3 ** 41
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a * a, a * a * a)
print(-a * b, -a * -b, a * -1, a * 0)

# Carries through many 0xff.. digits.
m = 2 ** 128 - 1
print(m + 1, m * m, m * m + 2 * m + 1 == (m + 1) ** 2)
print(hex(m), hex(m + 1), hex(m * m))

# Overflow out of the small-int range by repeated multiplication.
x = 1
for i in range(1, 31):
    x *= i
print("30! =", x)
y = x
for i in range(30, 0, -1):
    y //= i
print("back to", y)

# Sums that grow past 64 bits one step at a time.
s = 0
step = 2 ** 60 + 12345
for i in range(20):
    s += step
print(s, s - 20 * step)

# Fibonacci numbers past 2**100.
f0, f1 = 0, 1
for i in range(150):
    f0, f1 = f1, f0 + f1
print("fib150", f0)
print(f1 * f1 - f0 * (f0 + f1))

# Mixed with small ints and bools.
print(a + 1, 1 + a, a - True, True + a, a * False)
print(sum([2 ** 70, -(2 ** 70), 5]))

# Powers of ten and their digit counts.
for e in (18, 19, 20, 38, 39, 77):
    n = 10 ** e
    print(e, len(str(n)), len(str(n - 1)), str(-n)[:3])

# Big ints that shrink back to small results.
u = 2 ** 100 + 17
v = 2 ** 100
print(u - v, v - u, (u * 3) - (v * 3), u // v, u % v)
