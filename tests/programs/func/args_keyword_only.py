# Keyword-only parameters after * and after *args: required and with defaults, mixed with
# positional defaults and **kwargs, and the TypeError when one is passed positionally or left
# out.


def kwonly(a, *, b, c=3):
    return a, b, c


def after_star(*args, sep="-", end="."):
    return sep.join(str(x) for x in args) + end


def everything(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())


def only_kw(*, x, y=0):
    return x - y


print(kwonly(1, b=2), kwonly(1, c=30, b=20), kwonly(a=1, b=2))
print(after_star(), after_star(1, 2, 3), after_star(1, 2, sep="+"), after_star("a", end="!"))
print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, d=6, e=7, f=8))
print(everything(c=0, a=-1), only_kw(x=5), only_kw(y=2, x=5))


def err(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        return "ok"
    except TypeError:
        return "TypeError"


print(err(kwonly, 1, 2), err(kwonly, 1), err(kwonly, 1, b=2, d=4), err(only_kw, 1))
print(err(only_kw), err(only_kw, x=1, z=2), err(everything, 1, 2), err(everything, c=1))

# Keyword-only defaults are evaluated once, at definition time.
calls = []


def default_value():
    calls.append("evaluated")
    return len(calls)


def kw_default(*, n=default_value()):
    return n


print(kw_default(), kw_default(), kw_default(n=9), calls)


# Keyword-only arguments in methods and lambdas.
class Shape:
    def __init__(self, *, w, h=1):
        self.area = w * h


print(Shape(w=3).area, Shape(h=2, w=5).area)
lam = lambda *, k=1: k * 2
print(lam(), lam(k=4))
