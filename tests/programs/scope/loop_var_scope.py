# Where loop and handler names live: for-loop targets stay bound after the loop (at module level
# and in functions), with their last value or unchanged when the loop never ran; with-as targets
# stay bound; except-as targets are removed; comprehension variables never leak.

for i in range(3):
    pass
print(i)

i = "before"
for i in []:
    pass
print(i)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)


class CM:
    def __enter__(self):
        return "entered"

    def __exit__(self, *a):
        return False


with CM() as bound:
    pass
print(bound)

try:
    raise ValueError
except ValueError as err:
    pass
print("err" in globals())


def in_function():
    out = []
    for j in range(2):
        for k in "ab":
            pass
    out.append((j, k))
    while True:
        w = "while local"
        break
    out.append(w)
    with CM() as m:
        pass
    out.append(m)
    try:
        1 // 0
    except ZeroDivisionError as e:
        pass
    try:
        e
    except NameError:
        out.append("e unbound")
    [q for q in range(3)]
    try:
        q
    except NameError:
        out.append("q unbound")
    return out


print(in_function())


def never_ran():
    for z in ():
        pass
    try:
        return z
    except NameError:
        return "z unbound"


print(never_ran())


def loop_var_in_closure():
    for n in range(3):
        pass
    return lambda: n


print(loop_var_in_closure()())

# A loop target that is a global inside a function.
def global_target():
    global gt
    for gt in "xyz":
        pass


global_target()
print(gt)

# Nested loops reusing a name.
for r in range(2):
    for r in "ab":
        pass
print(r)
