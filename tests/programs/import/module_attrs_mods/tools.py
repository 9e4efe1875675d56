# Helper for import/module_attrs.py.
FACTOR = 2


def scale(x):
    return x * FACTOR


def helper(x):
    return "original helper %s" % (x,)


def run(x):
    # Looks helper up in this module's globals at call time.
    return helper(x)
