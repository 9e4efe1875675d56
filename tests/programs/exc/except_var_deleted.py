# The name bound by `except ... as NAME` is deleted when the handler ends, at module level and in
# functions, even when it shadowed an earlier value; other handlers' names are untouched.

e = "module value"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", e.args)
try:
    print(e)
except NameError:
    print("module name deleted")


def local():
    err = 5
    try:
        raise KeyError("k")
    except KeyError as err:
        print("local handler", err.args)
    try:
        return err
    except NameError as ne:
        # MicroPython raises NameError itself where CPython raises its subclass.
        return "unbound " + str(isinstance(ne, NameError))


print(local())


def keep_copy():
    saved = None
    try:
        1 // 0
    except ZeroDivisionError as exc:
        saved = exc
    return type(saved).__name__


print(keep_copy())


def in_loop():
    out = []
    for i in range(3):
        try:
            if i != 1:
                raise IndexError(i)
        except IndexError as err:
            out.append(err.args[0])
        try:
            out.append(err)
        except NameError:
            out.append("gone")
    return out


print(in_loop())


def returned_from_handler():
    try:
        raise TypeError("t")
    except TypeError as exc:
        return exc.args


print(returned_from_handler())


def rebound_in_handler():
    try:
        raise ValueError
    except ValueError as v:
        v = "rebound"
        print(v)
    try:
        v
    except NameError:
        print("deleted even after rebinding")


rebound_in_handler()


def handler_without_name():
    x = "kept"
    try:
        raise ValueError
    except ValueError:
        pass
    return x


print(handler_without_name())
