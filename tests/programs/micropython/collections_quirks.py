# MicroPython only: its collections types are smaller than CPython's. namedtuple classes have no
# _fields, _make, _replace or _asdict and their instances no count or index; an OrderedDict never
# equals a plain dict and prints as OrderedDict({...}); deque needs the maximum length as its
# second argument, supports no rotate, clear or index, and prints without its items. Output from
# stock MicroPython.
from collections import OrderedDict, deque, namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
for name in ("_fields", "_make", "_replace", "_asdict", "count", "index"):
    print(name, hasattr(P, name), hasattr(p, name))

od = OrderedDict([("b", 1), ("a", 2)])
print(od, od == {"b": 1, "a": 2}, dict(od) == {"b": 1, "a": 2}, od == OrderedDict(od))
for args in ((), ([1, 2],), ([1, 2], 3)):
    try:
        d = deque(*args)
        print(len(args), "ok", list(d))
    except TypeError:
        print(len(args), "TypeError")
d = deque([1, 2], 3)
print(repr(d)[:7], [hasattr(d, n) for n in ("rotate", "clear", "index", "extend", "appendleft")])
