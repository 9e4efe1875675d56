# Utility module.
import sys

w = 5
print(f"{w:{}}")
