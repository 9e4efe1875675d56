# __import__ and the import statement on builtin modules: the module object returned (the same
# one each time), attributes, and failures.

import sys

m = __import__("math")
print(type(m).__name__, m.__name__, m.sqrt(16), m is __import__("math"))
import math

print(math is m, type(sys.modules).__name__)

names = ["sys", "math", "gc"]
mods = [__import__(n) for n in names]
print([mod.__name__ for mod in mods])

# import ... as, from ... import ...
import math as mth
from math import pi, floor as fl

print(mth is math, pi == math.pi, fl(3.7))

# Importing a module inside a function inside a function binds a local name.
def local_import():
    import math as inner
    return inner.floor(-0.5)


print(local_import())

# Modules are objects with attributes that can be read with getattr.
print(getattr(math, "e") == math.e, hasattr(sys, "modules"), callable(math.cos))

# Missing modules raise ImportError.
for name in ("no_such_module_xyz", "math_missing"):
    try:
        __import__(name)
    except ImportError:
        print(name, "ImportError")
try:
    from math import no_such_name
except ImportError:
    print("ImportError from")
