from .shapes import Square as _Square

UNIT = "cm"
_INTERNAL = "not exported: underscore"


def total_area(shapes):
    return sum(s.area() for s in shapes)


def unit_square():
    return _Square(1)
