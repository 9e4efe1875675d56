# Star expressions in calls (*args, **kwargs, several of each, mixed with plain arguments),
# starred assignment targets, and print with *.

def show(*args, **kwargs):
    return args, sorted(kwargs.items())


lst = [1, 2]
tup = (3,)
d1 = {"a": 1}
d2 = {"b": 2}
print(show(*lst))
print(show(0, *lst, *tup, 9))
print(show(*lst, x=1, **d1))
print(show(**d1, **d2))
print(show(*"xy", *range(2), **{"k": "v"}, z=0))
print(show(*[], **{}))
print(show(*(i * i for i in range(3))))
print(*lst, *tup, sep="-")
print(*"abc")
print(*[], "only")


def f(a, b, c=30, *rest, d=40, **kw):
    return a, b, c, rest, d, sorted(kw.items())


print(f(*[1, 2]))
print(f(1, *[2, 3, 4, 5]))
print(f(*[1], **{"b": 2, "d": 4}))
print(f(**{"a": 1, "b": 2, "c": 3, "e": 5}))
print(f(1, 2, 3, *(), d=7, **{"x": 8}))

# Unpacking dict keys with * and sets, strings, generators.
print(show(*{"p": 1, "q": 2}.keys())[0] in (("p", "q"), ("q", "p")), show(*sorted({3, 1, 2}))[0])

# Starred targets in assignments and loops.
a, *b = range(4)
*c, d = "xyz"
e, *f2, g = [1, 2, 3, 4, 5]
print(a, b, c, d, e, f2, g)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)

# Errors.
def two(a, b):
    return a + b


for args, kwargs in (([1], {}), ([1, 2, 3], {}), ([1], {"b": 2, "a": 0}), ([], {"c": 1, "a": 1, "b": 2})):
    try:
        print(two(*args, **kwargs))
    except TypeError:
        print("TypeError")
try:
    print(show(*5))
except TypeError:
    print("TypeError")
