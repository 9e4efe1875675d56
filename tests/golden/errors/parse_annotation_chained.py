# Utility module.
import sys

x: int = y: int = 1
