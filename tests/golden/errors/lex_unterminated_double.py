import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n + line
