# Utility module.
import sys

async x = 1
