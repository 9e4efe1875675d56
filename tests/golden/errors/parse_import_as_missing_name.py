"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

import collections as
