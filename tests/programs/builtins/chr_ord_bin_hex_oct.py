# chr, ord, bin, hex and oct: round trips, boundaries, negative and big values, and errors.

for cp in (0, 9, 10, 32, 65, 97, 126, 127, 128, 255, 256, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff):
    c = chr(cp)
    print(cp, ord(c) == cp, len(c), repr(c) if cp < 128 else "")
print(ord("a"), ord("€"), ord("😀"), ord(b"a"), ord(b"\xff"), chr(8364) == "€")
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) - ord("a") for c in "abz"])

for n in (0, 1, 2, 7, 8, 15, 16, 255, 256, -1, -8, -255, 2 ** 31, 2 ** 63, 2 ** 64 + 1, -(2 ** 100), True):
    print(n, bin(n), oct(n), hex(n))

# Parsing the results back.
for n in (12345, -6789, 2 ** 90 + 3):
    print(int(bin(n), 2) == n, int(oct(n), 8) == n, int(hex(n), 16) == n, int(bin(n)[3 if n < 0 else 2:], 2) == abs(n))

# Errors.
for f in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"),
          lambda: ord(1), lambda: hex("a"), lambda: oct(None)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
