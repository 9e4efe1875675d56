# MicroPython only: bool is not a subclass of int (isinstance(True, int) is False), although
# True and False still take part in integer arithmetic, comparisons, indexing and hashing as 1
# and 0; and isinstance/issubclass do not look into a tuple nested in the tuple of classes.
# Output from stock MicroPython; CPython prints True for those checks.

print(isinstance(True, int), isinstance(False, int), issubclass(bool, int))
print(isinstance(True, bool), type(True).__name__, isinstance(1, bool))
print(True + True, True * 10, -True, False - 1, True / 2, True << 3)
print(True == 1, False == 0, True < 2, hash(True) == hash(1), hash(False) == hash(0))
print(["a", "b"][True], {1: "one"}[True], {True: "t", 1: "one"})
print(sum([True, True, False]), max(True, 0), abs(True), int(True), float(False))
print(str(True), repr(False), "%d" % True, "{}".format(True))


def kind(x):
    if isinstance(x, int):
        return "int"
    if isinstance(x, bool):
        return "bool"
    return "other"


print(kind(1), kind(True), kind(0.0))



class User:
    pass


# Nested tuples of classes are not searched: the inner tuple never matches.
print(isinstance(User(), (int, (User,))), issubclass(User, (str, (User,))), isinstance(1, (str, (int,))))
print(isinstance(User(), (int, User)), issubclass(User, (str, User)))
