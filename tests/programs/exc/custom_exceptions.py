# User exception classes: hierarchies, args, extra attributes set in __init__, __str__ overrides,
# catching by user base class, exceptions carrying data, and subclasses of builtin exceptions.


class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, value):
        super().__init__(key, value)
        self.key = key
        self.value = value


class NetError(AppError):
    def __str__(self):
        return "net failure #%d" % self.args[0]


class Timeout(NetError):
    code = 408


class MyKeyError(KeyError):
    pass


class Stop(Exception):
    def __init__(self, result):
        super().__init__()
        self.result = result


print(issubclass(Timeout, AppError), issubclass(Timeout, Exception), issubclass(MyKeyError, LookupError))
print(AppError().args, AppError(1).args, AppError(1, "two").args)
print(str(AppError("msg")), str(AppError()), str(AppError(1, 2)))

for exc in (AppError("plain"), ConfigError("port", 80), NetError(3), Timeout(7), MyKeyError("m")):
    try:
        raise exc
    except Timeout as e:
        print("timeout", str(e), e.code, e.args)
    except NetError as e:
        print("net", str(e), e.args)
    except ConfigError as e:
        print("config", e.key, e.value, e.args)
    except AppError as e:
        print("app", e.args)
    except LookupError as e:
        print("lookup", type(e).__name__, e.args, isinstance(e, KeyError))


def search(items, target):
    def walk(xs, depth):
        for x in xs:
            if isinstance(x, list):
                walk(x, depth + 1)
            elif x == target:
                raise Stop((x, depth))

    try:
        walk(items, 0)
    except Stop as s:
        return s.result
    return None


tree = [1, [2, [3, [4, 5]], 6], 7]
print(search(tree, 5), search(tree, 6), search(tree, 9))


class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)


try:
    raise WithDefault
except WithDefault as e:
    print(e.args, str(e))
try:
    raise WithDefault("given")
except Exception as e:
    print(type(e).__name__, e.args)
