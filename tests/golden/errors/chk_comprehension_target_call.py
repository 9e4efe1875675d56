# Utility module.
import sys

def f():
    return [x for f() in range(3)]
