# struct.pack_into and unpack_from: writing into a bytearray at offsets, reading from bytes at
# offsets, floats packed exactly, and a small table of fixed-size records.
import struct

buf = bytearray(16)
struct.pack_into("<hh", buf, 2, 1, -1)
struct.pack_into(">I", buf, 8, 0xDEADBEEF)
print(buf)
print(struct.unpack_from("<hh", buf, 2), struct.unpack_from(">I", buf, 8), struct.unpack_from("<B", buf))
print(struct.unpack_from("<4B", buf, 8), struct.unpack_from("<H", b"\x00\x01\x02", 1))

for v in (0.0, 1.5, -2.25, 1e10, 3.140625):
    f = struct.pack("<f", v)
    d = struct.pack(">d", v)
    print(v, f.hex(), d.hex(), struct.unpack("<f", f)[0] == v, struct.unpack(">d", d)[0] == v)
print(struct.unpack("<f", struct.pack("<f", 0.1))[0] == 0.1, struct.unpack("<d", struct.pack("<d", 0.1)))

RECORD = "<HbB4s"
size = struct.calcsize(RECORD)
table = bytearray(size * 3)
rows = [(1, -5, 200, b"abc"), (65535, 127, 0, b"wxyz"), (42, 0, 7, b"")]
for i, row in enumerate(rows):
    struct.pack_into(RECORD, table, i * size, *row)
print(size, bytes(table).hex())
for i in range(3):
    print(struct.unpack_from(RECORD, table, i * size))
print([struct.unpack_from("<H", table, i * size)[0] for i in range(3)])

mv = memoryview(table)
print(struct.unpack("<H", mv[size : size + 2]), struct.unpack_from("<b", mv, size + 2))
