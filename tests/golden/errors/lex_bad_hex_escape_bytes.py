"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

def frame(payload):
    return b"\x7e" + payload + b"\xZZ"
