import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

rows = [[1]]
print([x for *x in rows])
