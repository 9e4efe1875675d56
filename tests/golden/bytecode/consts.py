# Golden bytecode test: compiled by mpyc and by stock mpy-cross, compared byte for byte.
from micropython import const
A = const(1)
_B = const(2)
C = const(A + _B)
D = const(1 << 40)
E = const("a long string value")
F = const((1, 2, "x"))
G = const(-1.5)
_H = const(None)
I = const(())
print(A, _B, C, D, E, F, G, _H, I)
def f(x=A, y=D):
    return A * x + _B
class K:
    X = const(5)
    def m(self):
        return X
if _H:
    print("no")
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, math.sqrt(2), math.nan)
z = math.pi * 2
J: int = const(7)
_K: int = const(8)
print(J, _K)
