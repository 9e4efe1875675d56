# int.to_bytes and int.from_bytes in both byte orders, with signed values and big ints.

for n in (0, 1, 255, 256, 0x1234, 0xdeadbeef, 2 ** 64 - 1, 2 ** 64, 2 ** 100 + 5):
    size = 16
    b = n.to_bytes(size, "big")
    l = n.to_bytes(size, "little")
    print(n, b.hex(), l.hex(), int.from_bytes(b, "big") == n, int.from_bytes(l, "little") == n)

# Exact sizes.
print((0x0102).to_bytes(2, "big"), (0x0102).to_bytes(2, "little"))
print((65).to_bytes(1, "big"), (0).to_bytes(0, "big"), (0).to_bytes(3, "little"))

# from_bytes on various byte strings.
for data in (b"", b"\x00", b"\x01", b"\xff", b"\x01\x00", b"\x00\x01", b"\xff\xff\xff\xff",
             b"\x12\x34\x56\x78\x9a\xbc\xde\xf0\x11", bytes(range(1, 20))):
    print(data.hex(), int.from_bytes(data, "big"), int.from_bytes(data, "little"))

# bytearray and memoryview arguments.
print(int.from_bytes(bytearray(b"\x01\x02\x03"), "big"), int.from_bytes(memoryview(b"\x01\x02"), "little"))

# Signed conversions (keyword form, as CPython requires).
for n in (-1, -2, -128, -129, -256, -(2 ** 63), -(2 ** 70) + 1):
    b = n.to_bytes(12, "big", signed=True)
    print(n, b.hex(), n.to_bytes(12, "little", signed=True).hex())
for n in (0, 1, 127, 2 ** 70):
    print(n, n.to_bytes(10, "big", signed=True).hex())

# Values that do not fit raise OverflowError.
for n, size in ((256, 1), (2 ** 64, 8), (2 ** 70, 4)):
    try:
        print(n.to_bytes(size, "big"))
    except OverflowError:
        print(n, size, "OverflowError")

# Round trip of a long number through bytes.
x = 3 ** 100
raw = x.to_bytes(20, "little")
print(raw.hex(), int.from_bytes(raw, "little") == x)
