# Utility module.
import sys

def count():
    total = 0
    for i range(10):
        total += i
    return total
