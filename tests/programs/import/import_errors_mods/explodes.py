# Helper for import/import_errors.py: fails half way through its body.
print("explodes: body starts")
BEFORE = 1
raise ValueError("explodes on import")
AFTER = 2
