from ..core import engine
from ..core.config import get


def play(song):
    return "playing %s in %s mode; %s" % (song, get("mode"), engine.start())
