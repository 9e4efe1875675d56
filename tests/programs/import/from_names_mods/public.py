# Helper for import/from_names.py: __all__ decides what `from public import *` binds.
__all__ = ["exported", "_also_exported"]
exported = "exported"
_also_exported = "underscore but listed"
not_listed = "not listed"
