import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

keys = "abc"
table = {k: for k in keys}
