"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

def read(path):
    with open(path) as fh
        return fh.read()
