# bytes.hex, bytes.fromhex and bytearray.fromhex; hex conversions done by hand agree.

for b in (b"", b"\x00", b"\x01\xab\xff", bytes(range(16)), b"hello"):
    h = b.hex()
    print(repr(b), h, len(h), bytes.fromhex(h) == b, bytearray(b).hex() == h)

print(bytes.fromhex("deadbeef"), bytes.fromhex("DEADBEEF"), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
print(bytearray.fromhex("00ff10"), type(bytearray.fromhex("00")).__name__, memoryview(b"\x12\x34").hex())

# By hand.
def to_hex(data):
    digits = "0123456789abcdef"
    return "".join(digits[x >> 4] + digits[x & 15] for x in data)

def from_hex(text):
    return bytes(int(text[i:i + 2], 16) for i in range(0, len(text), 2))

sample = bytes([0, 1, 127, 128, 200, 255])
print(to_hex(sample) == sample.hex(), from_hex(sample.hex()) == sample, "%02x%02x" % (sample[3], sample[5]))

# Hex of ints versus bytes.
n = 0xC0FFEE
print(hex(n), n.to_bytes(3, "big").hex(), int(n.to_bytes(3, "big").hex(), 16) == n)

# Bad hex text.
for text in ("0g", "abc", "zz"):
    try:
        print(bytes.fromhex(text))
    except ValueError:
        print(repr(text), "ValueError")
