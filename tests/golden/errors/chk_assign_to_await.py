"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

async def f(x):
    await x = 1
