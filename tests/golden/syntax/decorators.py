# Decorators in the forms MicroPython accepts: plain names, dotted names and
# calls of (dotted) names with arguments; several decorators stacked.

registry = {}


def register(fn):
    registry[fn.__name__] = fn
    return fn


def tagged(label, times=1):
    def wrap(fn):
        def inner(*args, **kwargs):
            return [label] * times + [fn(*args, **kwargs)]

        return inner

    return wrap


class plugins:
    found = []

    @staticmethod
    def add(fn):
        plugins.found.append(fn.__name__)
        return fn

    @staticmethod
    def named(name):
        def deco(fn):
            plugins.found.append(name)
            return fn

        return deco


@register
def alpha():
    return "a"


@tagged("t")
def beta():
    return "b"


@register
@tagged("x", times=2)
@plugins.add
def gamma(v):
    return v * 2


@plugins.named("delta-plugin")
class Delta:
    @staticmethod
    @tagged("static")
    def hello():
        return "hi"


@tagged(
    "multi",
    times=1,
)
def epsilon():
    return "e"


print(sorted(registry), alpha(), beta(), gamma(4))
print(plugins.found, Delta.hello(), epsilon())
