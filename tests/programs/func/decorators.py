# Function decorators: a plain wrapper, decorators that return the function unchanged, replace it
# with something else, register it, stack several (applied bottom-up), take arguments, and keep
# state across calls; decorator expressions evaluated at definition time, in order.

log = []


def trace(fn):
    def wrapper(*args, **kwargs):
        log.append("call " + fn.__name__)
        r = fn(*args, **kwargs)
        log.append("ret %r" % (r,))
        return r

    return wrapper


@trace
def add(a, b):
    return a + b


print(add(2, 3), log)
print(add.__name__)

registry = {}


def register(fn):
    registry[fn.__name__] = fn
    return fn


@register
def alpha():
    return "a"


@register
def beta():
    return "b"


print(sorted(registry), registry["beta"]())


def replace(fn):
    return 42


@replace
def gone():
    pass


print(gone)


def bold(fn):
    return lambda: "<b>" + fn() + "</b>"


def italic(fn):
    return lambda: "<i>" + fn() + "</i>"


@bold
@italic
def text():
    return "hi"


print(text())

order = []


def named(tag):
    order.append("make " + tag)

    def deco(fn):
        order.append("apply " + tag)
        return fn

    return deco


@named("outer")
@named("middle")
@named("inner")
def decorated():
    return "body"


print(order, decorated())


def call_counter(fn):
    count = [0]

    def wrapper(*a):
        count[0] += 1
        return fn(*a), count[0]

    return wrapper


@call_counter
def square(x):
    return x * x


print(square(3), square(4), square(5))

# Decorators that are calls and dotted names. (MicroPython accepts only a dotted name, optionally
# called, as a decorator; a subscript is bound to a name first.)


class Deco:
    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, fn):
        return lambda *a: self.prefix + str(fn(*a))


decos = [Deco("first:"), Deco("second:")]
second = decos[1]


class NS:
    deco = Deco("ns:")


@second
def sub(a, b):
    return a - b


@Deco("inst:")
def neg(a):
    return -a


@NS.deco
def twice(a):
    return a * 2


print(sub(5, 2), neg(4), twice(21))
