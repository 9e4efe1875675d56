# Utility module.
import sys

def check(x):
    if x < :
        return 1
