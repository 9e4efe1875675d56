# Function definitions with every parameter kind MicroPython supports:
# positional, defaults, *args, keyword-only (with and without defaults),
# **kwargs, annotations and return annotations.


def plain(a, b):
    return a + b


def defaults(a, b=2, c="three"):
    return (a, b, c)


def star(*args):
    return args


def star_after(a, b=0, *rest):
    return a, b, rest


def kwonly(a, *, key, flag=False):
    return a, key, flag


def kwonly_after_star(*items, sep=", ", end=""):
    return sep.join(items) + end


def everything(a, b=1, *args, c, d=4, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())


def only_kwargs(**options):
    return sorted(options)


def annotated(x: int, y: "float" = 1.5, *rest: str, z: bool = True, **kw: dict) -> tuple:
    return x, y, rest, z, len(kw)


def trailing_comma(
    first,
    second=2,
    *,
    third=3,
):
    return first + second + third


def no_params() -> None:
    return None


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


print(plain(1, 2), plain(b=5, a=1))
print(defaults(1), defaults(1, 5), defaults(1, c="C"))
print(star(), star(1, 2, 3))
print(star_after(1), star_after(1, 2, 3, 4))
print(kwonly(1, key="k"), kwonly(1, flag=True, key=0))
print(kwonly_after_star("a", "b", "c", end="."))
print(everything(1, c=3), everything(1, 2, 3, 4, c=5, d=6, e=7, f=8))
print(only_kwargs(), only_kwargs(z=1, a=2))
print(annotated(1), annotated(1, 2.5, "r", z=False, q={}))
print(trailing_comma(1), trailing_comma(1, third=0), no_params())
print(mutable_default("x"), mutable_default("y"))
