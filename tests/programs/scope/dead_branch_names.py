# MicroPython's compiler drops an if/while body whose condition is a constant false value (and
# the else of a constant true one) before it decides which names are local, so a name assigned
# only there stays global; CPython still makes it local (UnboundLocalError). The expected output
# is stock MicroPython's (NAME.py.exp). A live assignment elsewhere still makes the name local.

v = "global"


def probe(fn):
    try:
        return fn()
    except NameError:
        return "unbound"


def if_false():
    if False:
        v = 1
    return v


def if_zero():
    if 0:
        v = 1
    return v


def if_none_or_empty():
    if None:
        v = 1
    if "":
        v = 2
    return v


def if_not_true():
    if not 1:
        v = 1
    return v


def while_false():
    while False:
        v = 1
    return v


def else_of_true():
    if True:
        return v
    else:
        v = 1


def def_in_dead_branch():
    if False:
        def v():
            pass
    return v


def live_assignment_too():
    if False:
        pass
    else:
        return v
    v = 2


def condition_is_variable(flag=False):
    if flag:
        v = 1
    return v


for fn in (if_false, if_zero, if_none_or_empty, if_not_true, while_false, else_of_true,
           def_in_dead_branch, live_assignment_too, condition_is_variable):
    print(fn.__name__, probe(fn))
