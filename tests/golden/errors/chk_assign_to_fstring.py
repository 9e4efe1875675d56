# Utility module.
import sys

name = "x"
f"{name}" = "y"
