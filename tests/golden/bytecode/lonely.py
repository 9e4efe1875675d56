# Lonely constants and doc strings become pass statements that keep their line.
"""module doc"""
x = 1
"""another"""
1
2 + 3
(1, 2)
()
-1
None
...
y
if x:
    "doc"
    1
def f():
    "f doc"
    2
    return 3
class C:
    "doc"
    4
