# from-imports (helpers in from_names_mods/): several names, `as` renaming, names bound as
# snapshots of the module's values, `import *` with and without __all__, and ImportError for a
# name the module lacks.
from shapes import PI, area, Square as Sq
from shapes import count, bump
import shapes

print(PI, area(2), Sq(3).area(), Sq.__name__)

# The imported name is a separate binding: it keeps the value it had at import time.
print(bump(), bump(), count, shapes.count)
from shapes import count

print(count)

from shapes import *

print(sorted(n for n in ("PI", "area", "Square", "_hidden", "count") if n in globals()))

from public import *

print(exported, _also_exported, "not_listed" in globals())

try:
    from shapes import nothing_here
except ImportError as e:
    print("ImportError", isinstance(e, ImportError))

from shapes import (
    area as circle_area,
    PI as pi,
)

print(circle_area(1), pi)


def local_from():
    from shapes import Square

    return Square(4).area(), "Square" in dir()


print(local_from())
