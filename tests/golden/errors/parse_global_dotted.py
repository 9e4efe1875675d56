import sys


def f():
    global sys.path
