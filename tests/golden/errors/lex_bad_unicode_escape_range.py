"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

def emoji():
    smile = "\U0001F600"
    broken = "\U00110000"
    return smile + broken
