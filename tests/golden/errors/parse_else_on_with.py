import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

with open(__file__) as f:
    text = f.read()
else:
    text = ""
