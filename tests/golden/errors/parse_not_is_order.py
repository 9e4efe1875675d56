"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

x = None
if x not is None:
    pass
