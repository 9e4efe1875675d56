# Binary data: struct packing of a sensor record, checksums, hex dumps and
# bytes/bytearray manipulation.
import struct

RECORD = "<HhBxI"


def checksum(data):
    total = 0
    for byte in data:
        total = (total + byte) & 0xFF
    return (-total) & 0xFF


def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        print("%04x  %s" % (off, " ".join("%02x" % b for b in chunk)))


packed = struct.pack(RECORD, 513, -2, 255, 0xA1B2C3D4)
print(len(packed), struct.calcsize(RECORD), struct.unpack(RECORD, packed))
frame = bytearray(b"\x7e") + packed
frame.append(checksum(frame))
hexdump(frame)
print(checksum(frame[:-1]) == frame[-1], sum(frame) & 0xFF)
buf = bytearray(4)
buf[0] = 0x41
buf[1:3] = b"BC"
print(buf, bytes(buf), bytes(buf[:3]).decode())
print(struct.pack(">I", 1), struct.unpack(">hh", b"\xff\xfe\x00\x01"), int.from_bytes(b"\x01\x00", "little"))
