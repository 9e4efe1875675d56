from .audio import play
from ..core.config import settings as shared_settings

ALL = ["audio"]
