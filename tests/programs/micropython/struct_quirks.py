# MicroPython only: struct differences. No '?' (bool) or '=' (native order, standard sizes)
# codes; values out of range are truncated rather than rejected; a too-short buffer raises
# ValueError (CPython raises struct.error, which the module does not have); native 'l' is the
# C long of the port (4 bytes on 32-bit ports). Output from stock MicroPython.
import struct

for fmt in ("?", "=i", "<?"):
    try:
        print(fmt, struct.calcsize(fmt))
    except ValueError:
        print(fmt, "ValueError")
print(struct.pack("<b", 200), struct.pack("<B", 256 + 7), struct.pack("<h", 70000))
try:
    struct.unpack("<i", b"ab")
except ValueError:
    print("ValueError short buffer")
print(hasattr(struct, "error"), struct.calcsize("l") in (4, 8))
