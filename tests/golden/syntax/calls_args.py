# Calls with positional, keyword, *iterable and **mapping arguments in the
# orders MicroPython accepts, plus calls on call results and methods.


def show(*args, **kwargs):
    return "%r %r" % (args, sorted(kwargs.items()))


def point(x, y, z=0):
    return (x, y, z)


nums = [1, 2]
opts = {"z": 9}
print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(*nums))
print(show(0, *nums, 3))
print(show(*nums, *nums))
print(show(**opts))
print(show(**opts, **{"w": 1}))
print(show(1, *nums, key="k", **opts))
print(show(*nums, flag=True))
print(show(**opts, last=1))
print(point(*nums), point(*nums, **opts), point(1, *[2], z=3))
print(point(y=1, x=2), point(1, y=2,), point(
    7,
    8,
    z=9,
))
print("-".join(map(str, range(3))), len("abc").to_bytes(2, "little"))
print(show(*(x for x in range(3))), sum(x * x for x in range(4)))
print((lambda: show)()(1), getattr("text", "upper")())
