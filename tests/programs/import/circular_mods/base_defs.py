# Helper for import/circular.py: defines NAME before importing the module that needs it.
NAME = "base"
import uses_base


def describe():
    return "base sees " + uses_base.label()
