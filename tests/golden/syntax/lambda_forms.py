# Lambdas with every parameter shape, nested lambdas, lambdas as defaults,
# in comprehensions and immediately called.

ident = lambda: None
inc = lambda x: x + 1
add = lambda a, b=10: a + b
varargs = lambda *a: len(a)
kw = lambda **k: sorted(k)
kwonly = lambda *, scale=2: scale * 3
mixed = lambda a, *rest, sep="-", **opts: sep.join([str(a)] + [str(r) for r in rest]) + str(len(opts))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
cond = lambda n: "even" if n % 2 == 0 else "odd"
adders = [lambda v, k=k: v + k for k in range(3)]
pairs = sorted([(2, "b"), (1, "z"), (3, "a")], key=lambda p: p[1])

print(ident(), inc(1), add(1), add(1, 2), varargs(1, 2, 3), kw(y=1, x=2))
print(kwonly(), kwonly(scale=5), mixed(1, 2, 3, sep="+", q=1))
print(curry(1)(2)(3), cond(3), [f(10) for f in adders], pairs)
print((lambda x, y: x ** y)(2, 8), (lambda: (yield_ := 5))())
