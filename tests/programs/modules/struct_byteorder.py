# struct with explicit byte order ('<', '>', '!'): every integer size signed and unsigned at its
# limits, byte strings with counts, pad bytes, and unpack giving back what pack took.
import struct

int_codes = [("b", -128, 127), ("B", 0, 255), ("h", -32768, 32767), ("H", 0, 65535),
             ("i", -2**31, 2**31 - 1), ("I", 0, 2**32 - 1), ("q", -2**63, 2**63 - 1),
             ("Q", 0, 2**64 - 1)]
for code, lo, hi in int_codes:
    for order in "<>!":
        fmt = order + code
        data = struct.pack(fmt, lo) + struct.pack(fmt, hi)
        back = struct.unpack(fmt + code, data)
        print(fmt, struct.calcsize(fmt), data.hex(), back == (lo, hi))

print(struct.pack("<hHi", -2, 0xBEEF, 0x12345678))
print(struct.pack(">hHi", -2, 0xBEEF, 0x12345678))
print(struct.unpack("<I", b"\x01\x02\x03\x04"), struct.unpack(">I", b"\x01\x02\x03\x04"))
print(struct.unpack("!hh", b"\xff\xfe\x00\x01"))

# Counts repeat a code; 's' takes a count as the length of one byte string.
print(struct.pack("<3B", 1, 2, 3), struct.unpack("<3B", b"xyz"))
print(struct.pack("<4s", b"ab"), struct.pack("<2s", b"abcdef"), struct.unpack("<5s", b"hello"))
print(struct.pack("<b2xb", 1, 2), struct.calcsize("<b2xb"), struct.unpack("<b2xb", b"\x07..\x08"))
print(struct.calcsize("<bhiq"), struct.calcsize(">10s"), struct.calcsize("<0s"))

# A record with a header and a payload.
header = struct.pack("<HBB", 0xCAFE, 1, 3)
payload = struct.pack("<3h", 100, -200, 300)
magic, version, n = struct.unpack("<HBB", header)
print(hex(magic), version, n, struct.unpack("<%dh" % n, payload))
print(struct.unpack("<HBB3h", header + payload))
