# Utility module.
import sys

maps = [{"a": 1}]
merged = {**m for m in maps}
