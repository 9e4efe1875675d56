"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

async def gather(tasks):
    return [await t for t in tasks]
