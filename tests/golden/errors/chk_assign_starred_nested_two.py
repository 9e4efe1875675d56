"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

(a, *b), *c, *d = [1, 2], 3, 4
