# Utility module.
import sys

def first[T](items):
    return items[0]
