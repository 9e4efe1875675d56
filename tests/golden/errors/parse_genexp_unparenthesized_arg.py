import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

values = [3, 4]
total = sum(v * v for v in values, 10)
