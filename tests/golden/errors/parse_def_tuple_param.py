import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

def distance((x1, y1), (x2, y2)):
    return abs(x2 - x1) + abs(y2 - y1)
