# Utility module.
import sys

numbers = range(3)
yield from numbers
