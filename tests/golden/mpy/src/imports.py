# Absolute, dotted, aliased, relative and star imports.
import sys
import os.path
import os.path as osp
from sys import argv, path as search_path
from . import sibling
from .sub import name
from .. import parent
from ..pkg.mod import thing as other
from micropython import const
from json import *

X = const(3)
_PRIVATE = const(4)


def local_import():
    import gc
    from collections import OrderedDict

    return gc, OrderedDict, X, _PRIVATE
