# return and finally: a finally block runs on return, a return inside finally replaces the
# pending return value or swallows the pending exception, and returns cross several finally
# blocks in order.

log = []


def plain():
    try:
        return "try"
    finally:
        log.append("finally ran")


def overridden():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def value_computed_first():
    x = [1]
    try:
        return x[0]
    finally:
        x[0] = 99
        log.append(x[0])


def nested():
    try:
        try:
            try:
                return "deep"
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    finally:
        log.append("f3")


def nested_override(n):
    try:
        try:
            return "inner"
        finally:
            if n > 0:
                return "middle"
    finally:
        if n > 1:
            return "outer"


def return_in_loop():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            log.append("loop %d" % i)
    return -1


def handler_return():
    try:
        raise KeyError
    except KeyError:
        return "handler"
    finally:
        log.append("after handler")


def else_return():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        log.append("after else")


print(plain(), log)
log.clear()
print(overridden(), swallow(), value_computed_first(), log)
log.clear()
print(nested(), log)
log.clear()
print([nested_override(n) for n in range(3)])
print(return_in_loop(), log)
log.clear()
print(handler_return(), else_return(), log)


def finally_without_return(flag):
    try:
        if flag:
            return "early"
    finally:
        pass
    return "late"


print(finally_without_return(True), finally_without_return(False))
