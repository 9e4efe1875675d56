"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

config = {"debug": True,
          "level": 3

print(config)
