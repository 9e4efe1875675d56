# del of every target kind: names (module and local), list items and slices, dict keys,
# attributes, tuples of targets, nested targets, and the errors when a name or item is missing.
# (MicroPython rejects a list of targets, `del [a, b]`, and slices with a step, so they are left
# out.)

a = 1
b = 2
del a
try:
    a
except NameError:
    print("a deleted")
print(b)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[-3:]
print(lst)
del lst[:]
print(lst)

d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(sorted(d))


class Obj:
    pass


o = Obj()
o.p = 1
o.q = 2
del o.p
print(hasattr(o, "p"), hasattr(o, "q"))

x, y, z = 1, 2, 3
del x, y
print("x" in globals(), "y" in globals(), z)
m, n = 5, 6
del (m, n)
print("m" in globals(), "n" in globals())

nums = [0, 1, 2, 3, 4]
dd = {1: "a", 2: "b"}
del nums[1], dd[2], nums[0]
print(nums, dd)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1][0]
print(nested)


def local_del():
    v = "value"
    del v
    try:
        return v
    except NameError as e:
        return "local unbound " + str(isinstance(e, NameError))


print(local_del())


def del_then_rebind():
    w = 1
    del w
    w = 2
    return w


print(del_then_rebind())


def errors():
    out = []
    try:
        del [][0]
    except IndexError:
        out.append("IndexError")
    try:
        del {}["k"]
    except KeyError:
        out.append("KeyError")
    try:
        del Obj().missing
    except AttributeError:
        out.append("AttributeError")
    try:
        del (1, 2)[0]
    except TypeError:
        out.append("TypeError")
    return out


print(errors())

try:
    del undefined_global
except (NameError, KeyError):
    # CPython raises NameError, MicroPython KeyError.
    print("missing global not deleted")

# del in a loop shrinking a list from the end.
stack = list("abcdef")
while stack:
    del stack[-2:]
    print("".join(stack))
