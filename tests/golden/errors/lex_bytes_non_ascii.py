"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

# Bytes literals may only hold ASCII characters.
ok = b"plain"
bad = b"café"
