# Import statements of every shape. Relative imports only make sense inside a
# package, so they live in a function that is never called.
import sys
import math, struct
import collections as col
try:
    import os.path
    import os.path as osp
except ImportError:
    osp = None
from math import sqrt
from math import floor as fl, ceil
from struct import (
    pack,
    unpack as unp,
)
from sys import *


def never_called():
    from . import sibling
    from .. import parent
    from .pkg import thing
    from ..pkg.sub import other as o
    from ... import far
    from .mod import (a, b,)
    from .... import very_far
    import xml.dom.minidom
    return sibling, parent, thing, o, far, a, b, very_far, xml


def late_import():
    import json
    from json import dumps as d

    return json.loads(d([1, 2]))


print(sqrt(16), fl(2.5), ceil(2.5), math.floor(-0.5))
print(unp("<H", pack("<H", 513)))
print(col.namedtuple("P", "x y")(1, 2).y)
print(type(sys.argv).__name__, type(argv).__name__, osp is None or callable(osp.join))
print(late_import())
