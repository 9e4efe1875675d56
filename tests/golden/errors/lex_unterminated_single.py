"""Helpers for reading sensor values."""

SCALE = 100
OFFSET = -40

names = ["ann", "bob"]
greeting = 'hello, 
print(greeting, names)
