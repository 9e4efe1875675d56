"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

items = [1]
value = (*items)
