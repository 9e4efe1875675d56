"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

settings = {
    "host": "localhost",
    "port" 8080,
}
