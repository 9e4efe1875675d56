# Lambdas: no arguments, defaults, *args, **kwargs, keyword-only, nested lambdas, lambdas
# capturing variables (late binding) and defaults (early binding), immediately called, stored in
# containers, as sort keys, and returning tuples and conditional values.

print((lambda: 42)())
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(z=1, y=2), (lambda *, k: k)(k=3))
print((lambda a, *r, k=0, **kw: (a, r, k, sorted(kw.items())))(1, 2, 3, k=4, m=5))

curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))

ops = {"+": lambda x, y: x + y, "-": lambda x, y: x - y, "*": lambda x, y: x * y}
print([ops[k](7, 3) for k in sorted(ops)])

pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x * x, range(5))), list(filter(lambda s: s.isupper(), "aBcD")))

# Late binding: all lambdas see the final value of i; a default captures the current one.
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


print([f(100) for f in make_adders(4)])

# Lambdas that capture enclosing function variables and see later rebinding.
def outer():
    v = 1
    get = lambda: v
    v = 2
    return get()


print(outer())

# Conditional and tuple-returning lambdas.
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
swap = lambda a, b: (b, a)
print([sign(n) for n in (-5, 0, 5)], swap(1, 2))

# Recursion through a name bound later.
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))

# Lambda name and identity.
f = lambda: None
print(f.__name__, f is not (lambda: None), callable(f))

# Lambda in default argument and in class body.
def apply(x, fn=lambda v: v * 2):
    return fn(x)


class K:
    double = staticmethod(lambda v: v * 2)
    scale = lambda self, v: v * 3


print(apply(4), apply(4, lambda v: -v), K.double(5), K().scale(5))
