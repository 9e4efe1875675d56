import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

ratio = 0x1.8
