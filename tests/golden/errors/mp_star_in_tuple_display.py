import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

rest = (2, 3)
values = (1, *rest)
