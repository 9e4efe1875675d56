import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

a = 1
a * 2 += 3
