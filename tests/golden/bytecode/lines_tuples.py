# Lines: constant tuples, parenthesised and bare, across lines.
a = (1,
     2)
b = (1,
     2,)
c = (1
     , 2, 3)
d = (
    (1, 2),
    (3,
     4),
)
e = x[1,
      2]
f = x,\
    (1, 2)
g = 1, \
    2
