# Utility module.
import sys

x = 1
y = x + \