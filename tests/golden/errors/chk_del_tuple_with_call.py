"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

a = 1
del a, print()
