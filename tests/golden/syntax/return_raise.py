# return with and without values, and raise in all its forms.


class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


def nothing():
    return


def pair():
    return 1, 2


def maybe(flag):
    if flag:
        return "yes"


def parse_port(text):
    try:
        port = int(text)
    except ValueError as exc:
        raise ConfigError("bad port") from exc
    if not 0 < port < 65536:
        raise ConfigError("port out of range")
    return port


def quiet(text):
    try:
        return parse_port(text)
    except ConfigError:
        raise AppError("config") from None


def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        raise


def raise_class():
    raise ValueError


print(nothing(), pair(), maybe(True), maybe(False))
for text in ["80", "x", "70000"]:
    try:
        print(parse_port(text))
    except ConfigError as e:
        print("ConfigError", e.args[0])
for fn in (lambda: quiet("y"), reraise, raise_class):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, isinstance(e, AppError))
