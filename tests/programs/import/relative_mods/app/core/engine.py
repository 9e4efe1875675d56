from . import config
from .config import get as cfg
from .. import NAME


def start():
    return "%s engine at speed %d (%s)" % (NAME, cfg("speed"), config.settings["mode"])
