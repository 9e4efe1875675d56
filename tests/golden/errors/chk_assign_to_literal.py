# Utility module.
import sys

def reset():
    total = 0
    0 = total
    return total
