import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

from os import path, sep,
