import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

x = 1
text = F"{x}"
