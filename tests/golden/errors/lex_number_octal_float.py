# Utility module.
import sys

value = 0o17.5
