import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

x = y = 0
(x,
 y) += (1, 2)
