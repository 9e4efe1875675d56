# Utility module.
import sys

ready = True
x = 0; if ready: x = 1
