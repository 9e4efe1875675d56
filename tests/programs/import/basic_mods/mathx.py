# Helper for import/basic.py: a second module that imports the first one itself.
import greeting

print("mathx: importing; greeting already loaded:", greeting.GREETING)


def square(x):
    return x * x


def cube(x):
    return x * square(x)


TABLE = [square(i) for i in range(5)]
