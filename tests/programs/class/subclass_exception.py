# User exception classes: hierarchies caught by base class, extra attributes set in __init__,
# args and str(), __str__ overrides, and raising classes versus instances.


class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason


class MissingKey(ConfigError):
    def __init__(self, key):
        super().__init__(key, "missing")


class Fatal(AppError):
    def __str__(self):
        return "fatal: " + ", ".join(str(a) for a in self.args)


def load(cfg, key):
    if key not in cfg:
        raise MissingKey(key)
    v = cfg[key]
    if not isinstance(v, int):
        raise ConfigError(key, "not an int")
    if v < 0:
        raise Fatal(key, v)
    return v


cfg = {"a": 1, "b": "x", "c": -5}
for key in "abcd":
    try:
        print("ok", load(cfg, key))
    except MissingKey as e:
        print("MissingKey", e.key, e.reason, e.args)
    except ConfigError as e:
        print("ConfigError", e.key, e.reason, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), e.args)

print(issubclass(MissingKey, AppError), issubclass(AppError, Exception))
print(isinstance(MissingKey("k"), ConfigError), isinstance(Fatal(), ValueError))


class Empty(Exception):
    pass


for exc in (Empty, Empty(), Empty("one"), Empty(1, 2)):
    try:
        raise exc
    except Empty as e:
        print(type(e).__name__, e.args, repr(str(e)))


class NotFound(LookupError):
    pass


class BadValue(ValueError):
    def __init__(self, value):
        super().__init__("bad value %r" % (value,))
        self.value = value


try:
    raise NotFound("x")
except LookupError as e:
    print("LookupError caught", type(e).__name__, e.args)
try:
    raise BadValue(42)
except ValueError as e:
    print("ValueError caught", e.value, str(e))
try:
    {}["k"]
except (NotFound, KeyError) as e:
    print("tuple caught", type(e).__name__)


class Retry(Exception):
    count = 0

    def __init__(self):
        Retry.count += 1
        super().__init__(Retry.count)


attempts = []
for i in range(3):
    try:
        raise Retry
    except Retry as r:
        attempts.append(r.args[0])
print(attempts)
