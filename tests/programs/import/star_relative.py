# Star imports inside a package (helpers in star_relative_mods/): `from .mod import *` honours
# the module's __all__ or skips underscore names, the package re-exports those names, and a
# star import of the package itself brings in what the package bound.
import geom

print(sorted(n for n in dir(geom) if not n.startswith("__")))
print(geom.total_area([geom.Square(2), geom.Circle(1)]), geom.UNIT, geom.unit_square().area())
print(hasattr(geom, "helper"), hasattr(geom, "_INTERNAL"), geom._shapes.helper()[:12])
print(geom.measure.__name__, geom._shapes.__name__, geom.Square is geom._shapes.Square)

from geom import *

print(total_area([Square(3), Circle(2)]), UNIT, "measure" in globals(), "_shapes" in globals())
