# Unary, binary, in-place and comparison operators, boolean logic, conditionals, loops.


def ops(a, b):
    r = +a, -a, ~a, not a
    r = a < b, a > b, a == b, a <= b, a >= b, a != b, a in b, a is b
    r = a not in b, a is not b
    r = a | b, a ^ b, a & b, a << b, a >> b, a + b, a - b, a * b, a @ b
    r = a // b, a / b, a % b, a ** b
    a |= b
    a ^= b
    a &= b
    a <<= b
    a >>= b
    a += b
    a -= b
    a *= b
    a @= b
    a //= b
    a /= b
    a %= b
    a **= b
    return r


def logic(a, b, c):
    x = a and b
    y = a or b
    z = a and b or c
    w = b if a else c
    v = a < b < c
    if a and not b:
        return 1
    elif a or c:
        return 2
    while a:
        a -= 1
    else:
        pass
    return x, y, z, w, v


def subscripts(a, i):
    a[i] += 1
    a.x += 1
    return a[i]
