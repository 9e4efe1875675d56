# Parameters captured by closures, so the function's prelude must turn arguments into cells:
# positional parameters, defaults, *args, keyword-only parameters and **kwargs, captured by
# lambdas, nested functions and generators, rebound after capture, and a mix of captured and
# plain parameters in every position.


def positional(a, b, c):
    return lambda: (a, c)


def with_defaults(a, b=2, c=3):
    def inner():
        return a + b + c
    b = b * 100
    return inner


def star(first, *rest):
    return lambda: (first, rest)


def kwonly(x, *, key, other="o"):
    def inner():
        return x, key
    return inner, other


def kwargs(**opts):
    return lambda name: opts.get(name, "missing")


def all_kinds(p, q=1, *args, k, m=2, **kw):
    def inner():
        return p, q, args, k, m, sorted(kw)
    return inner


print(positional(1, 2, 3)())
print(with_defaults(1)(), with_defaults(1, 1, 1)())
print(star(1)(), star(1, 2, 3)())
fn, other = kwonly(5, key="K")
print(fn(), other)
lookup = kwargs(a=1, b=2)
print(lookup("a"), lookup("z"))
print(all_kinds(0, k="kk")(), all_kinds(0, 1, 2, 3, k=4, m=5, z=6, y=7)())


def last_param_captured(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r):
    return lambda: r


def first_param_captured(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r):
    return lambda: a + r


print(last_param_captured(*range(18))(), first_param_captured(*range(18))())


def generator_param(limit, step=1):
    def gen():
        v = 0
        while v < limit:
            yield v
            v += step
    return gen


print(list(generator_param(5)()), list(generator_param(10, 3)()))


def param_rebound_in_closure(counter):
    def inc():
        nonlocal counter
        counter += 1
        return counter
    return inc


inc = param_rebound_in_closure(10)
print(inc(), inc(), inc())


def self_like(self, value):
    def method():
        return self["name"], value
    return method


print(self_like({"name": "obj"}, 42)())


class Widget:
    def __init__(self, label):
        self.label = label

    def handler(self, suffix):
        return lambda: self.label + suffix


print(Widget("btn").handler("!")())
