"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

def spread(items):
    return *items, len(items)
