# Lines: trailers ('.', '[', '(') on their own lines, parenthesised atoms.
a = obj \
    .attr  # c
b = (obj
     .attr
     .meth(1)
     [2]
     (3))
c = (obj)(
    1)
d = f(1)(
    2)(
    3)
e = x[
    1]
f = (y
     )[1]
