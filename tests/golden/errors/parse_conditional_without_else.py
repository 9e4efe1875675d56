"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

def pick(a, b):
    return a if a > b
