# *args and **kwargs parameters: what they collect, their types, empty collections, passing them
# on to other functions, modifying them locally, and their names being ordinary locals.


def collect(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, sorted(kwargs.items())


print(collect())
print(collect(1))
print(collect(1, "two", [3]))
print(collect(a=1))
print(collect(1, 2, b=2, a=1))


def head_tail(first, *rest):
    return first, rest


print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))


def forward(*args, **kwargs):
    return collect(*args, **kwargs)


print(forward(1, 2, x=3))


def count(*items):
    n = 0
    for _ in items:
        n += 1
    return n


print(count(), count(None), count(*range(20)))


def named_differently(*values, **options):
    values = values + ("added",)
    options["extra"] = True
    return values, sorted(options)


print(named_differently(1, flag=0))

# The kwargs dict is a fresh dict each call.
seen = []


def keep(**kw):
    seen.append(kw)
    kw["mutated"] = 1
    return kw


base = {"a": 1}
keep(**base)
keep(**base)
print(base, seen[0] is seen[1], seen)


def positional_and_star(a, b=0, *args):
    return a + b + sum(args)


print(positional_and_star(1), positional_and_star(1, 2), positional_and_star(1, 2, 3, 4, 5))


def kwargs_only(**kw):
    return "".join(k + str(v) for k, v in sorted(kw.items()))


print(kwargs_only(), kwargs_only(z=1, a=2, m=3))

# Recursion through *args.
def flatten(*xs):
    out = []
    for x in xs:
        if isinstance(x, (list, tuple)):
            out.extend(flatten(*x))
        else:
            out.append(x)
    return out


print(flatten(1, [2, (3, [4, 5])], (), [[[6]]]))
