# Golden bytecode test: compiled by mpyc and by stock mpy-cross, compared byte for byte.
# Logical folding and constant conditions.
a = 1 or x
b = x and 0 and y
c = not 0
d = not "abc"
e = x or 0 or y
f = 0 or ""
g = None and x
h = () or x
i = (1, 2) and x
if 0:
    print("dead")
elif x:
    print("x")
elif 1:
    print("one")
else:
    print("never")
while 0:
    print("never")
else:
    print("else")
while 1:
    break
if not x:
    pass
if x and y or z:
    pass
if not (x or y):
    pass
def f():
    while True:
        if x:
            return 1
    return 2
z = 1 if x else 2
def g():
    return 1 if x else 2
def h():
    return x if not y else z
