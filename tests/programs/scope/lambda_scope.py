# Lambdas as scopes: parameters shadow outer names, free names resolve late through cells or
# globals, default values bind early, lambdas in class bodies skip the class scope, lambdas in
# comprehensions, and nested lambdas closing over each other's parameters.

x = "global x"
f = lambda: x
x = "global x rebound"
print(f())

g = lambda x: x
print(g("param"))


def outer():
    y = "enclosing"
    h = lambda: y
    y = "enclosing rebound"
    return h()


print(outer())

fixed = "early"
k = lambda v=fixed: v
fixed = "late"
print(k(), (lambda: fixed)())


class C:
    attr = "class attr"
    get_global = lambda self: x
    get_attr = lambda self: self.attr
    try:
        bad = (lambda: attr)()
    except NameError:
        bad = "class names not visible to lambdas"


c = C()
print(c.get_global(), c.get_attr(), C.bad)

adders = [lambda n, i=i: n + i for i in range(3)]
shared = [lambda n: n + i for i in range(3)]
print([a(10) for a in adders], [s(10) for s in shared])

compose = lambda f: lambda g: lambda v: f(g(v))
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc)(dbl)(5), compose(dbl)(inc)(5))


def counter():
    count = []
    bump = lambda: count.append(None) or len(count)
    return bump


b = counter()
print(b(), b(), b())

# Lambda parameters named like builtins shadow them only inside.
shadow = lambda len, str="s": (len, str)
print(shadow(3), len("ab"), str(5))

# Recursive lambda through an enclosing name.
def make_fact():
    fact = lambda n: 1 if n < 2 else n * fact(n - 1)
    return fact


print(make_fact()(6))
