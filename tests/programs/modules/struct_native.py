# struct's native mode ('@' or no prefix): sizes and alignment padding for the integer and float
# codes whose size is the same on every platform MicroPython runs on (not l, L, P, n, N), and
# the same layouts in standard '<' mode without padding.
import struct

layouts = ["b", "h", "i", "q", "f", "d", "bh", "bi", "bq", "bd", "hi", "ib", "bhb", "bhi",
           "hb", "ihb", "qb", "bbh", "bbbi", "3bi", "2hq", "if", "fd", "bxi", "4x", "3s", "3sh"]
for fmt in layouts:
    print(fmt, struct.calcsize(fmt), struct.calcsize("@" + fmt), struct.calcsize("<" + fmt))

print(struct.pack("@bi", 1, 2))
print(struct.pack("@bh", -1, 0x102) == struct.pack("<bxh", -1, 0x102) or "big-endian host")
print(struct.pack("@bd", 1, 2.0)[:1], len(struct.pack("@bd", 1, 2.0)))
print(struct.unpack("@hi", struct.pack("@hi", -5, 70000)))
print(struct.unpack("@bq", struct.pack("@bq", 7, -2**40)))
print(struct.unpack("bhib", struct.pack("bhib", 1, 2, 3, 4)))

# Trailing padding is not added after the last field.
print(struct.calcsize("ib"), struct.calcsize("bi"), struct.calcsize("ibi"))
