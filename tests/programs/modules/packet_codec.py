# A small binary protocol built from struct, binascii and io.BytesIO: frames with a header,
# payload and CRC-32 trailer are written into one stream, read back, checked and decoded, and a
# corrupted frame is detected.
import binascii
import io
import struct

HEADER = "<BBH"  # type, flags, payload length
TRAILER = "<I"  # crc32 of header + payload
TYPES = {1: "ping", 2: "data", 3: "ack"}


def encode(kind, flags, payload):
    head = struct.pack(HEADER, kind, flags, len(payload))
    crc = binascii.crc32(head + payload)
    return head + payload + struct.pack(TRAILER, crc)


def decode(stream):
    frames = []
    hsize = struct.calcsize(HEADER)
    tsize = struct.calcsize(TRAILER)
    while True:
        head = stream.read(hsize)
        if not head:
            return frames
        kind, flags, n = struct.unpack(HEADER, head)
        payload = stream.read(n)
        (crc,) = struct.unpack(TRAILER, stream.read(tsize))
        ok = crc == binascii.crc32(head + payload)
        frames.append((TYPES.get(kind, "?"), flags, payload, ok))


def data_payload(readings):
    return struct.pack("<H%dh" % len(readings), len(readings), *readings)


def parse_data(payload):
    (n,) = struct.unpack_from("<H", payload)
    return list(struct.unpack_from("<%dh" % n, payload, 2))


out = io.BytesIO()
out.write(encode(1, 0, b""))
out.write(encode(2, 1, data_payload([120, -40, 3000, 0])))
out.write(encode(3, 0, b"\x02"))
raw = out.getvalue()
print(len(raw), binascii.hexlify(raw[:12]))

for kind, flags, payload, ok in decode(io.BytesIO(raw)):
    detail = parse_data(payload) if kind == "data" else binascii.hexlify(payload)
    print(kind, flags, ok, detail)

bad = bytearray(raw)
bad[12] ^= 0xFF  # flip a payload byte of the second frame
print([(k, ok) for k, _, _, ok in decode(io.BytesIO(bytes(bad)))])
