import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

def test(if, else_):
    return 1
