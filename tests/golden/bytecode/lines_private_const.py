# Lines: private const() statements first in a block or a logical line (no line of their own).
def f():
    _X = const(1)
    return _X

def g():
    _Y = const(2); a = 1
    _Z = const(3);
    return a

def h():
    _W = const(4)

if x:
    _V = const(5)
    y = 1
class C:
    _U = const(6)
    z = 2
