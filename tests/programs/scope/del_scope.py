# del and scopes: del of a local makes it unbound again (and it can be rebound), del of a global
# through a global declaration, del of a name inside a loop, del of a cell variable seen by a
# closure, and del at module level of names that functions later read.

value = "module"


def delete_local():
    value = "local"
    del value
    try:
        return value
    except NameError:
        return "local unbound after del"


print(delete_local(), value)


def delete_global():
    global value
    del value


delete_global()
try:
    value
except NameError:
    print("global deleted by function")
value = "restored"


def reader():
    return value


print(reader())
del value
try:
    reader()
except NameError:
    print("reader sees deleted global")


def del_in_loop():
    out = []
    for i in range(3):
        tmp = i * 10
        out.append(tmp)
        del tmp
    try:
        tmp
    except NameError:
        out.append("tmp unbound")
    return out


print(del_in_loop())


def del_cell():
    cell = "captured"
    get = lambda: cell
    first = get()
    del cell
    try:
        second = get()
    except NameError:
        second = "closure sees unbound cell"
    cell = "rebound"
    return first, second, get()


print(del_cell())


def del_then_assign_in_branch(flag):
    v = 1
    del v
    if flag:
        v = 2
    try:
        return v
    except NameError:
        return "unbound"


print(del_then_assign_in_branch(True), del_then_assign_in_branch(False))


def del_param(a, b):
    del a
    try:
        return a
    except NameError:
        return "param deleted", b


print(del_param(1, 2))
