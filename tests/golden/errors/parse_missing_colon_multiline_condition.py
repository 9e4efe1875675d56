import struct

HEADER = struct.Struct("<HH")


def encode(kind, length):
    return HEADER.pack(kind, length)


def decode(data):
    kind, length = HEADER.unpack(data[:4])
    return kind, length, data[4:4 + length]


class Packet:
    def __init__(self, kind, payload=b""):
        self.kind = kind
        self.payload = payload

    def to_bytes(self):
        return encode(self.kind, len(self.payload)) + self.payload


PING = Packet(1)

def in_range(x, low, high):
    if (x >= low and
            x <= high)
        return True
    return False
