# Utility module.
import sys

def neg(x):
    y = -
    return y
