# Class bodies as code: if, for, while, try and del at class level; names computed in the body;
# comprehensions in a class body (which see the first iterable but not other class names);
# functions defined conditionally.

DEBUG = True


class Settings:
    if DEBUG:
        level = "debug"
        verbose = True
    else:
        level = "info"
        verbose = False

    sizes = []
    for i in range(3):
        sizes.append(2**i)
    del i

    n = 10
    steps = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1

    try:
        value = int("12x")
    except ValueError:
        value = -1
    finally:
        checked = True

    squares = [x * x for x in range(5)]
    doubled = [s * 2 for s in sizes]
    lookup = {k: len(k) for k in ("a", "bb", "ccc")}

    if verbose:

        def describe(self):
            return "verbose " + self.level

    else:

        def describe(self):
            return "quiet"

    label = level.upper() + "/" + str(len(sizes))
    temp = 1
    del temp


print(Settings.level, Settings.verbose, Settings.sizes, hasattr(Settings, "i"))
print(Settings.n, Settings.steps, Settings.value, Settings.checked)
print(Settings.squares, Settings.doubled, sorted(Settings.lookup.items()))
print(Settings().describe(), Settings.label, hasattr(Settings, "temp"))


class Enum:
    RED, GREEN, BLUE = range(3)
    names = ("RED", "GREEN", "BLUE")
    by_value = dict(zip(range(3), names))


print(Enum.GREEN, Enum.by_value[2], [Enum.by_value[v] for v in (Enum.BLUE, Enum.RED)])


class Ops:
    table = {}
    for name, fn in (("add", lambda a, b: a + b), ("mul", lambda a, b: a * b)):
        table[name] = fn
    del name, fn

    @classmethod
    def run(cls, op, a, b):
        return cls.table[op](a, b)


print(Ops.run("add", 2, 3), Ops.run("mul", 2, 3), sorted(Ops.table))


def build(flag):
    class Made:
        if flag:
            kind = "on"
        else:
            kind = "off"
        items = [flag] * 2

    return Made


print(build(True).kind, build(False).kind, build(1).items)


class WithLambdaDefault:
    base = 5
    scale = lambda self, v, base=base: v * base


print(WithLambdaDefault().scale(3), WithLambdaDefault().scale(3, 2))
