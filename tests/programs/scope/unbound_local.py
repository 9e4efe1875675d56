# A name assigned anywhere in a function is local everywhere in it: reading it before the
# assignment raises UnboundLocalError (NameError in MicroPython, so NameError is caught), even
# when a global of that name exists, including assignments by for, import, def, class, del,
# augmented assignment and except-as. (A branch whose condition is a constant is different in
# MicroPython: dead_branch_names.py.)

value = "global"


def probe(fn):
    try:
        return fn()
    except NameError as e:
        return "unbound"


def read_then_assign():
    r = value
    value = "local"
    return r


def augmented():
    value += "!"
    return value


def in_branch_not_taken(flag=False):
    if flag:
        value = "never"
    return value


def by_for():
    r = value
    for value in range(2):
        pass
    return r


def by_def():
    r = value

    def value():
        pass
    return r


def by_class():
    r = value

    class value:
        pass
    return r


def by_import():
    r = value
    import sys as value
    return r


def by_except():
    try:
        raise ValueError
    except ValueError as value:
        pass
    return value


def by_del():
    value = 1
    del value
    return value


def assigned_first():
    value = "local"
    return value


def global_declared():
    global value
    r = value
    value = "changed by global"
    return r


for fn in (read_then_assign, augmented, in_branch_not_taken, by_for, by_def, by_class,
           by_import, by_except, by_del, assigned_first, global_declared):
    print(fn.__name__, probe(fn))
print(value)


def enclosing_unbound():
    def inner():
        return v

    try:
        inner()
    except NameError:
        result = "free variable not yet bound"
    v = "now bound"
    return result, inner()


print(enclosing_unbound())


def loop_first_iteration():
    out = []
    for i in range(3):
        if i > 0:
            out.append(prev)
        prev = i
    return out


print(loop_first_iteration())
