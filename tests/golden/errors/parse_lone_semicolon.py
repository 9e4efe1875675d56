# Utility module.
import sys

def f():
    ;
