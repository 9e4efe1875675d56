# lambda as an expression: immediate calls, defaults evaluated once, closures over loop
# variables, nested lambdas, lambdas in containers and as key functions.

print((lambda: 42)(), (lambda x: x + 1)(1), (lambda x, y=10: x * y)(3), (lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2), (lambda x, *, y: x - y)(5, y=2), (lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1))

add = lambda a: lambda b: a + b
print(add(2)(3), add("x")("y"), [add(i)(10) for i in range(3)])

# Defaults are evaluated when the lambda is created.
k = 5
f = lambda x=k: x
k = 6
print(f(), f(1))

# Late binding versus default capture.
late = [lambda: j for j in range(3)]
early = [lambda j=j: j for j in range(3)]
print([g() for g in late], [g() for g in early])

# Lambdas in containers.
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print(sorted((name, fn(7, 3)) for name, fn in ops.items()))
table = [(lambda n, p=p: n ** p) for p in range(4)]
print([t(2) for t in table])

# As key and filter functions.
pts = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pts, key=lambda p: p[1]), max(pts, key=lambda p: -p[0]), list(filter(lambda p: p[0] > 1, pts)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))

# Recursion through a name bound later.
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))

# Lambdas returning tuples, conditional expressions and other lambdas.
swap = lambda a, b: (b, a)
sign = lambda n: "neg" if n < 0 else "pos" if n > 0 else "zero"
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(swap(1, 2), [sign(n) for n in (-3, 0, 3)], inc_then_double(5))

# The type and the name of a lambda.
print(type(add).__name__, add.__name__)
