# Golden bytecode test: compiled by mpyc and by stock mpy-cross, compared byte for byte.
def f():
    try:
        a()
    except ValueError:
        b()
    except (TypeError, KeyError) as e:
        c(e)
    except:
        d()
    else:
        e()
    finally:
        g()
    try:
        pass
    finally:
        return 1
def g():
    for i in range(10):
        if i:
            continue
        try:
            break
        finally:
            pass
    else:
        print("else")
    for i in x:
        try:
            break
        except:
            continue
    for i in range(1, n, -2):
        pass
    for i in range(a, b):
        print(i)
    else:
        print("no")
    for i in range(len(x)):
        pass
    while x:
        with y as z, w:
            if z:
                break
            continue
    with open("f") as (a, b):
        pass
    with a:
        return
    assert x, "msg"
    assert y
    raise
def h():
    raise ValueError("x") from None
    del a, b[1], c.d, (e, f)
    del g[1:2]
    a[1] += 2
    a.b -= 3
    a.b.c[d] *= 4
    x, y = y, x
    x, y, z = z, y, x
    a, *b, c = d
    [a, b] = c
    (a, b), c = d
    a = b = c = d
    a.b[c].d = e
    a.b(c).d = e
    import os
    import os.path
    import os.path as p
    from . import x
    from ..a.b import c as d, e
    pass
from os import *
