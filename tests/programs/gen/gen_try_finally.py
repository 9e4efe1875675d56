# Generators with try/finally and try/except around yields: finally runs when the generator is
# exhausted, closed, or leaves through an exception; yields inside except, else and finally; a
# return inside try with finally; and loops over such generators stopped with break then closed.

log = []


def resource(name, n):
    log.append("open " + name)
    try:
        for i in range(n):
            yield name + str(i)
    finally:
        log.append("close " + name)


print(list(resource("a", 2)), log)
log.clear()

g = resource("b", 5)
for v in g:
    if v == "b1":
        break
print(log)
g.close()
print(log)
log.clear()


def yields_everywhere():
    try:
        yield "try"
        raise ValueError
    except ValueError:
        yield "except"
    else:
        yield "else (never)"
    finally:
        yield "finally"
    yield "after"


print(list(yields_everywhere()))


def else_branch():
    try:
        yield "try"
    except ValueError:
        yield "except (never)"
    else:
        yield "else"
    finally:
        log.append("else_branch finally")


print(list(else_branch()), log)
log.clear()


def return_in_try():
    try:
        yield 1
        return "from try"
    finally:
        log.append("finally after return")


g = return_in_try()
next(g)
try:
    next(g)
except StopIteration as s:
    print(s.value, log)
log.clear()


def error_inside():
    try:
        yield 1
        yield 1 // 0
    finally:
        log.append("finally after error")


try:
    list(error_inside())
except ZeroDivisionError:
    print("ZeroDivisionError", log)
log.clear()


def nested_resources():
    for name in ("x", "y"):
        try:
            yield from resource(name, 2)
        finally:
            log.append("done " + name)


print(list(nested_resources()), log)
log.clear()

g = nested_resources()
print(next(g), next(g), next(g))
g.close()
print(log)
log.clear()


def loop_with_try():
    i = 0
    while i < 6:
        i += 1
        try:
            if i % 2:
                continue
            if i == 6:
                break
            yield i
        finally:
            log.append(i)


print(list(loop_with_try()), log)
