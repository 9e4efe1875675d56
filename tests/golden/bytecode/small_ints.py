# mpy-cross: -msmall-int-bits=8
# A narrow small-int width: larger integers (also folded ones and const() values) are objects.
from micropython import const
A = const(100)
B = const(200)
x = 127, 128, -128, -129, 64 + 64, A, B, A + B
for i in range(300):
    pass
for i in range(0, 100, 2):
    pass
print(*x, *x, *x, *x, *x, *x, sep="")
