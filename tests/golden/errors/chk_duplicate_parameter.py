# Utility module.
import sys

def move(x, y, x):
    return x + y
