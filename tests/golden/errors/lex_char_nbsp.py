# Utility module.
import sys

def spaced():
    a = 1
    b = 2
    return a + b
