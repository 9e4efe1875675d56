# Helper package for import/packages.py: the package body runs before any submodule.
print("store/__init__ runs as", __name__)
VERSION = (1, 2)
