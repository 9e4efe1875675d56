import math

TAU = 2 * math.pi


def degrees(rad):
    return rad * 360 / TAU

def consume(stream):
    async for chunk in stream:
        print(chunk)
