import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

handle = open(__file__)
finally:
    handle.close()
