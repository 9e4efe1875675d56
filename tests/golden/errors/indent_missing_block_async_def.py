# Utility module.
import sys

async def fetch(url):
await url
