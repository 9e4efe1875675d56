"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

async def consume(stream):
    async for chunk in stream
        print(chunk)
