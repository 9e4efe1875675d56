# Helper package for import/submodules.py: re-exports one submodule's name, not the others.
from .tools import hammer

KIT = "kit"
