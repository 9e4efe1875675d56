"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

import os
mode = 0o755
other = 0o789
