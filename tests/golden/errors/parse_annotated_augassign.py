"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

count: int += 1
