# Building bytes and bytearray objects: from sizes, iterables of ints, strings with an encoding,
# other buffers, and generators.

print(bytes(), bytes(0), bytes(3), bytes([1, 2, 3]), bytes((65, 66)), bytes(range(3)), bytes(b"x"))
print(bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes("é€", "utf-8"), bytes(x * 2 for x in range(4)))
print(bytearray(), bytearray(2), bytearray([255, 0]), bytearray(b"bb"), bytearray("s", "utf-8"), bytearray(range(65, 70)))
print(bytearray(memoryview(b"view")), bytearray(bytearray(b"copy")), bytearray(iter([1, 2])))
print(len(bytes(100)), bytes(5) == b"\x00" * 5, bytearray(4) == bytearray(b"\x00" * 4))

# Constructors copy their input.
src = bytearray(b"orig")
c1 = bytes(src)
c2 = bytearray(src)
src[0] = 79
print(src, c1, c2)

# Type of the result and equality across the two types.
print(type(bytes(bytearray())).__name__, type(bytearray(bytes())).__name__, bytes(b"q") == bytearray(b"q"))

# Bad arguments.
for f in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1),
          lambda: bytes("no encoding"), lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes(None)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
