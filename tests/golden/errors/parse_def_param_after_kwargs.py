# Utility module.
import sys

def build(**options, name):
    return name
