# MicroPython only: sys.implementation.name, the .mpy version fields packed into
# sys.implementation._mpy (version 6, sub-version 3 for MicroPython 1.23 and later; the native
# architecture bits vary by port and are not printed), and sys.maxsize and small-int facts that
# hold on 32-bit ports. Output from stock MicroPython.
import sys

impl = sys.implementation
print(impl.name, type(impl._mpy).__name__)
print("mpy version", impl._mpy & 0xFF, "sub-version", impl._mpy >> 8 & 3)
print(len(impl.version) >= 3, impl.version[0])
print(sys.byteorder, sys.maxsize >= 2**31 - 1)
print(hasattr(sys, "print_exception"), callable(sys.print_exception))
print("sys" in sys.modules)
