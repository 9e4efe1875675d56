"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

try:
    int("x")
except ValueError, err:
    print(err)
