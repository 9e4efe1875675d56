# Explicit line joining with backslashes in statements, expressions,
# conditions, imports and inside indented blocks.
import \
    sys

total = 1 + \
    2 + \
    3
if total > 5 and \
   total < 10:
    print("in range", total)
name = "con" \
       "tinued"


def f(a,
      b):
    return a \
        * b


assert f(2, 3) == \
    6, "message"
value = f(4,
          5) \
    + 1
items = [1, 2,
    3, 4,
        5]
with open(__file__) as fh, \
     open(__file__) as gh:
    same = fh.read(10) == gh.read(10)
for i in \
        range(2):
    print(i)
x = 1; \
y = 2
print(name, value, items, same, x, y, sys is not None)
print(1 if \
      total else 0)
