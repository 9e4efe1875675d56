# pass and minimal bodies in every block kind: functions, classes, loops, if/else, try parts,
# with bodies, and bodies made only of an ellipsis or a docstring.


def nothing():
    pass


def only_doc():
    "just a docstring"


def only_ellipsis():
    ...


class Empty:
    pass


class DocOnly:
    "docstring"


print(nothing(), only_doc(), only_ellipsis(), type(Empty()).__name__, type(DocOnly()).__name__)

for i in range(3):
    pass
print(i)

n = 3
while n:
    n -= 1
    pass
print(n)

if True:
    pass
elif False:
    pass
else:
    pass

try:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass

try:
    raise ValueError
except ValueError:
    pass
print("handled by pass")


class CM:
    def __enter__(self):
        print("enter")

    def __exit__(self, *a):
        print("exit")


with CM():
    pass

# One-line compound statements.
if n == 0: print("one-line if")
for j in range(2): print("one-line for", j)
while n < 2: n += 1
print(n)


def one_line(x): return x + 1


print(one_line(1))
x = 1; y = 2; z = x + y; print(z)

# pass does not end a block.
for k in range(2):
    pass
    print("after pass", k)

lam = lambda: None
print(lam())
print(...)
