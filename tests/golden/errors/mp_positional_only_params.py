import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

def clamp(value, /, low=0, high=10):
    return max(low, min(value, high))


print(clamp(15))
