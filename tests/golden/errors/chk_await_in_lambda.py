"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

async def outer():
    handler = lambda x: await x
    return handler
