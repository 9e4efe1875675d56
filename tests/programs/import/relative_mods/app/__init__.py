# Helper package for import/relative.py.
NAME = "app"
from .core import engine
from . import plugins
