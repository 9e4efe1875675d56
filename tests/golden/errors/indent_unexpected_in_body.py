"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

def area(width, height):
    result = width * height
        return result
