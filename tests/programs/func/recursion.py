# Recursion kept shallow (under 30 frames): factorial, Fibonacci with and without memo, mutual
# recursion, recursion over nested lists, Ackermann for small inputs, permutations, a recursive
# closure, and recursion that unwinds through exceptions.


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_memo(n, memo={}):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r


print([fact(n) for n in range(8)], fact(25))
print([fib(n) for n in range(15)], fib_memo(25))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(n) for n in range(7)], is_odd(21))


def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max([depth(y) for y in x] or [0])


def total(x):
    return sum(total(y) for y in x) if isinstance(x, list) else x


tree = [1, [2, [3, [4]], 5], [[6]], []]
print(depth(tree), total(tree))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print(ack(1, 3), ack(2, 2))


def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            out.append(items[i] + rest)
    return out


print(perms("abc"), len(perms("abcd")))


def make_counter():
    def count_down(n, acc):
        if n == 0:
            return acc
        return count_down(n - 1, acc + [n])

    return count_down


print(make_counter()(6, []))


def dive(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return dive(n - 1)
    finally:
        trail.append(n)


trail = []
try:
    dive(12)
except ValueError as e:
    print(e.args, trail)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(gcd(1071, 462), gcd(17, 5), hanoi(3, "A", "C", "B", []))
