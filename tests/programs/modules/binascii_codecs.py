# binascii: hexlify and unhexlify (also with a separator), base64 encoding and decoding, and
# crc32 of whole buffers and computed in pieces.
import binascii

for data in (b"", b"\x00", b"\x00\xff\x10", b"abc", bytes(range(16)), bytearray(b"xyz")):
    h = binascii.hexlify(data)
    print(h, binascii.unhexlify(h) == data)
print(binascii.hexlify(b"\x01\x02\x03", ":"), binascii.hexlify(b"ab", "-"))
print(binascii.unhexlify("DEADbeef"), binascii.unhexlify(b"00ff"))
try:
    binascii.unhexlify("abc")
except ValueError:
    print("ValueError odd length")

for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))):
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGk="))

print(binascii.crc32(b""), binascii.crc32(b"a"), binascii.crc32(b"hello world"))
print(binascii.crc32(b"123456789"), hex(binascii.crc32(b"The quick brown fox")))
crc = 0
for piece in (b"hello", b" ", b"world"):
    crc = binascii.crc32(piece, crc)
print(crc == binascii.crc32(b"hello world"), crc)
print(binascii.crc32(bytes(1000)), binascii.crc32(b"x", 0xFFFFFFFF))
