# Utility module.
import sys

def log(msg, __debug__=False):
    return msg
