# try/except/else/finally in every combination.


def attempt(fn, *args):
    log = []
    try:
        result = fn(*args)
    except ZeroDivisionError:
        log.append("zero")
        result = None
    except (KeyError, IndexError) as e:
        log.append("lookup " + type(e).__name__)
        result = None
    except Exception as e:
        log.append("other " + type(e).__name__)
        result = None
    else:
        log.append("ok")
    finally:
        log.append("cleanup")
    return result, log


def only_finally():
    order = []
    try:
        order.append("body")
    finally:
        order.append("finally")
    return order


def bare_except():
    try:
        [][1]
    except:
        return "caught anything"


def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError as inner:
            raise TypeError("outer") from inner
        finally:
            print("inner finally")
    except TypeError as outer:
        print("outer caught", outer.args[0])
    try:
        pass
    except ValueError:
        pass
    else:
        print("no exception")


def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(attempt(lambda a, b: a / b, 1, 0))
print(attempt(lambda d: d["k"], {}))
print(attempt(lambda s: s[5], "abc"))
print(attempt(int, "zz"))
print(attempt(len, "four"))
print(only_finally(), bare_except())
nested()
print(finally_overrides())
