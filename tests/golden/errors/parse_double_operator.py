# Utility module.
import sys

total = 4 + * 2
