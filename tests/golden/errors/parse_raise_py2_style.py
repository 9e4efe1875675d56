# Utility module.
import sys

def fail():
    raise ValueError, "bad value"
