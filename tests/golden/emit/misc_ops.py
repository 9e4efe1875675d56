import a.b.c as d
from ..m import x, y as z
from os import *
def f(p, *q, **r):
    global G
    l0 = l1 = l2 = l3 = l4 = l5 = l6 = l7 = l8 = l9 = l10 = l11 = l12 = l13 = l14 = l15 = l16 = p
    del l16
    first, *rest, last = q
    G = p[1:2], p[::3], not p
    p.attr = l15
    del p.attr, p[0]
    g(*q, **r)
    p.m(1, *q, k=2)
    assert p, 'msg'
    for i in q:
        try:
            if i:
                break
            continue
        finally:
            pass
    while p < l1 <= l2:
        with l3:
            break
    h = lambda a=1: a is not p
    raise ValueError from None
