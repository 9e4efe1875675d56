"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

print(1.5.is_integer())
