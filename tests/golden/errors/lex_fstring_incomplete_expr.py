import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

a = 1
print(f"sum: {a +}")
