from ..tools import hammer as h
from .. import KIT

DEEP = KIT + "/deep/" + h()
