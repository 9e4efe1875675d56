# Utility module.
import sys

cells = {}
key = (1, 2)
cells[*key] = "x"
