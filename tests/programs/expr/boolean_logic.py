# and, or, not: short-circuiting, returning operands rather than bools, truthiness of every
# builtin type, and use in conditions.

calls = []


def t(x):
    calls.append(x)
    return x


print(t(0) and t(1), calls)
calls.clear()
print(t(2) and t(3), calls)
calls.clear()
print(t(0) or t(""), calls)
calls.clear()
print(t(4) or t(5), calls)
calls.clear()
print(t(0) or t(None) or t([]) or t("last"), calls)
calls.clear()
print(t(1) and t("a") and t([0]) and t(0) and t("never"), calls)
calls.clear()
print(t(0) and t(1) or t(2), t(1) or t(2) and t(3), calls)
calls.clear()

# Values returned as they are.
print(None or 0, 0 or None, "" or [], [] and {}, 3 and 4.5, "x" or 1 / 0, 0 and 1 / 0)
print(not 0, not 1, not "", not "a", not [], not [0], not None, not not 5, not not "")

# Truthiness table.
for val in (0, 1, -1, 0.0, 0.5, -0.0, "", " ", b"", b"\x00", [], [[]], (), (0,), {}, {0: 0}, set(), {0},
            frozenset(), None, True, False, range(0), range(1), 2 ** 70, 0 * 2 ** 70, bytearray(), 0j):
    print(repr(val), bool(val), "T" if val else "F")

# In conditions with side effects.
count = 0


def inc():
    global count
    count += 1
    return True


if inc() or inc():
    pass
if not inc() and inc():
    pass
if inc() and inc() and inc():
    pass
print(count)

# Constant operands.
x = 7
print(True and x, False or x, x and True, x or False, None and x, 0 or 0.0 or "" or x)
print(1 and 2 and 3, 0 or 0 or 0, (1 or 2) and (0 or 3))
if True or x:
    print("always")
if False and x:
    print("never")
while 0 or None:
    print("never")
print([i for i in range(6) if i % 2 and i > 1 or i == 0])
