import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

BLOB = rb"""\x00\x01
\x02
