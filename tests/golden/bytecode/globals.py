# global declarations change module-level name operations; class-level names never close.
x = 1
y = 2
def f():
    global x
    x = 3
    return x, y
class C:
    y = 5
    def m(self):
        return y
    global z
    z = 6
def g():
    def h():
        global y
        y = 7
    return h
del x
