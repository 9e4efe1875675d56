# Utility module.
import sys

def f(x) -> :
    return x
