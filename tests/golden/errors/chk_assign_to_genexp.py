import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

(x for x in range(3)) = [1, 2, 3]
