# Converting between str and bytes: encode, decode, str(bytes, enc), bytes(str, enc).

for s in ("", "abc", "é", "€", "😀", "mixed: aé€😀"):
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode("utf-8") == b, bytes(s, "utf-8") == b, str(b, "utf-8") == s)

print("ascii".encode("ascii"), b"ascii".decode("ascii"), bytearray("ab", "utf-8"), bytearray(b"\xc3\xa9").decode())

# str() of bytes without an encoding gives the repr.
print(str(b"abc"), str(b"\x00\xff"), str(bytearray(b"x")))

# UTF-8 byte values of some characters.
for c in "aé€😀":
    print(c, [hex(x) for x in c.encode()])

# Decoding a slice of bytes.
data = "héllo wörld".encode()
print(data[:3].decode(), data[-5:].decode(), len(data), data.count(b"\xc3"))

# Errors: characters outside ASCII, bad UTF-8, wrong types.
try:
    print("é".encode("ascii"))
except UnicodeError:
    print("UnicodeError encode")
try:
    print(b"\xe2\x82".decode())
except UnicodeError:
    print("UnicodeError decode")
for f in (lambda: "a".encode(1), lambda: bytes("a"), lambda: str(1, "utf-8")):
    try:
        print(f())
    except TypeError:
        print("TypeError")
