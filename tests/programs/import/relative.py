# Relative imports inside a package (helpers in relative_mods/): `from . import x`,
# `from .mod import name`, `from .. import name`, `from ..sub.mod import name as other`, and
# state shared because every path leads to the same module object.
import app

print(app.NAME, app.engine.start())
print(app.plugins.play("song"))
print(app.plugins.ALL, app.plugins.shared_settings is app.core.config.settings)

from app.core import config
from app.plugins import audio

config.settings["speed"] = 9
print(audio.play("tune"))
print(app.core.settings is config.settings, audio.engine is app.engine)
print(audio.get("speed"), app.core.engine.cfg("mode"))
print(app.__name__, app.core.__name__, audio.__name__, audio.engine.__name__)
