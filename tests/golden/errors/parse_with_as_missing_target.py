# Utility module.
import sys

with open(__file__) as:
    pass
