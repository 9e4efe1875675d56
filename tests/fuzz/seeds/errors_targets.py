1 = x
f() = 3
del 5
x + 1 += 2
return 1
yield 2
break
continue
def f(a, a): pass
def g(a=1, b): pass
f(a=1, 2)
f(**k, *a)
nonlocal q
def h():
    global h
    x = 1
    global x
*a = 1
await x
from m import *
def i():
    from m import *
class C:
    return 1
lambda: (yield)
