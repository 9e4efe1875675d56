# Utility module.
import sys

handler = async lambda: 1
