"""A small module."""
import sys
from os import path as p, sep
from . import sibling
from ..pkg.sub import (a, b,)
from micropython import const

LIMIT = const(10)
x: int = 1
a, *b = c = [1, 2, 3]
del a[0], b.c

@decorator(1)
class Point(Base, metaclass=Meta):
    """Doc."""
    count = 0

    def __init__(self, x=0, *args, y, z=None, **kw) -> None:
        self.x = x
        super().__init__()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


def gen(n, /, m):
    global LIMIT
    total = 0
    while n > 0:
        n -= 1
        if n % 2 == 0:
            continue
        elif n > m:
            break
        else:
            total += n
    else:
        pass
    for i, j in enumerate(range(3)):
        yield i
    yield from gen(n - 1, m)
    return total


def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
