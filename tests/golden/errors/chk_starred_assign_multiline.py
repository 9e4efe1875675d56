# Utility module.
import sys

first, *middle, \
    *last = range(5)
