# Decorators with arguments: factories with positional and keyword arguments and defaults,
# stacked factories, a retry decorator driven by exceptions, a memoizing decorator, a decorator
# applied to methods, and decorators applied by hand.


def repeat(times, sep=" "):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return sep.join(fn(*args, **kwargs) for _ in range(times))

        return wrapper

    return deco


@repeat(3)
def word(w):
    return w


@repeat(2, sep="|")
def pair(a, b="b"):
    return a + b


print(word("la"), pair("a"), pair("x", b="y"))


def retry(attempts, on=(ValueError,)):
    def deco(fn):
        def wrapper(*args):
            last = None
            for i in range(attempts):
                try:
                    return fn(i, *args)
                except on as e:
                    last = e
            return "gave up after %d: %s" % (attempts, last.args[0])

        return wrapper

    return deco


@retry(5)
def flaky(attempt, need):
    if attempt < need:
        raise ValueError("attempt %d" % attempt)
    return "succeeded on %d" % attempt


print(flaky(2), flaky(7))


@retry(2, on=(KeyError, IndexError))
def lookup(attempt, key):
    return {"a": 1}[key]


print(lookup("a"), lookup("z"))


def memo(maxsize=None):
    def deco(fn):
        cache = {}

        def wrapper(n):
            if n not in cache:
                if maxsize is not None and len(cache) >= maxsize:
                    cache.clear()
                cache[n] = fn(n)
            return cache[n]

        return wrapper

    return deco


calls = []


@memo()
def slow_square(n):
    calls.append(n)
    return n * n


print([slow_square(n) for n in (1, 2, 1, 3, 2, 1)], calls)


def tag(name):
    return lambda fn: lambda *a: "<%s>%s</%s>" % (name, fn(*a), name)


@tag("p")
@tag("em")
@repeat(2, sep="")
def content(s):
    return s


print(content("ab"))


def logged(prefix):
    def deco(fn):
        def wrapper(self, *a):
            return prefix + fn(self, *a)

        return wrapper

    return deco


class Greeter:
    def __init__(self, name):
        self.name = name

    @logged("> ")
    def greet(self, other):
        return self.name + " greets " + other


print(Greeter("A").greet("B"))

# The @ syntax is the same as calling the decorator by hand.
def plain(x):
    return str(x + 1)


manual = repeat(2, "-")(plain)
print(manual(1))
