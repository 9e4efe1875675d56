# Utility module.
import sys

... = 1
