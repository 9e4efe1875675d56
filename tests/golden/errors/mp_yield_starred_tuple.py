# Utility module.
import sys

def gen(items):
    yield *items, 0
