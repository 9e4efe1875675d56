"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

def fail():
    raise from ValueError()
