# Helper package for import/star_relative.py: re-exports its submodules' public names with
# relative star imports, and keeps the submodules reachable under private names.
from .shapes import *
from .measure import *
from . import shapes as _shapes, measure
