"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

for i in range(3):
    if i == 2:
        return i
