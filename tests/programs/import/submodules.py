# Submodules of a package (helpers in submodules_mods/): importing the package does not import
# submodules its __init__ does not import, a later import of one adds it as an attribute,
# from-imports of submodules and a directory without __init__.py used as a package.
import kit

print(kit.KIT, kit.hammer(), hasattr(kit, "tools"), hasattr(kit, "spare"))
try:
    kit.spare
except AttributeError:
    print("AttributeError: kit.spare not imported yet")

import kit.spare

print(hasattr(kit, "spare"), kit.spare.PART)

from kit import spare as sp
from kit.extra import deep

print(sp is kit.spare, deep.DEEP, hasattr(kit.extra, "deep"))
import kit.extra.deep as d2

print(d2 is deep)

import nsdir.plain

print(nsdir.plain.WHERE)
from nsdir import plain

print(plain is nsdir.plain)
