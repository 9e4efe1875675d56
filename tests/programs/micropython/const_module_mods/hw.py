# Helper for micropython/const_module.py: constants of a hardware-register module.
from micropython import const

BASE = const(0x4000_0000)
_OFFSET = const(0x24)
CTRL = const(BASE + _OFFSET)
_BITS = const(8)


def field(value, shift):
    return (value >> shift) & ((1 << _BITS) - 1)


def private_visible():
    return "_OFFSET" in globals(), "_BITS" in globals(), "CTRL" in globals()
