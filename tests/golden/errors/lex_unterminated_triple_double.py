"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

def documented():
    """Start of a docstring that never ends.

    More text.
    return 1
