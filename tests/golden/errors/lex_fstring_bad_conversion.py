# Utility module.
import sys

value = 1.5
print(f"{value!x}")
