# Non-ASCII text: length and indexing by code point, ord/chr, encode/decode, iteration.

s = "aé€😀z"
print(len(s), [ord(c) for c in s], [len(c.encode()) for c in s], len(s.encode()))
print(s[1], s[2], s[3], s[-1], s[1:4], s[::1] == s)
print(s.find("€"), s.index("😀"), s.count("é"), "€" in s, "abc€".upper(), "ABC€".lower())
print([c for c in s], list(reversed(list(s))), "".join(reversed(list(s))))

for cp in (0x41, 0xe9, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x20ac, 0x1f600):
    c = chr(cp)
    b = c.encode()
    print(hex(cp), len(c), len(b), b.hex(), ord(b.decode()) == cp)

# Round trips through UTF-8.
text = "Grüße, мир, 世界, 🌍!"
data = text.encode("utf-8")
print(len(text), len(data), data[:8], data.decode() == text, str(data, "utf-8") == text)
print(text.split(", "), text.replace("мир", "world"), text.startswith("Grü"), text[7:10])

# Sorting and comparing by code point.
print(sorted("ü€aZé"), max("ü€aZé"), min("ü€aZé"), "é" > "e", "€" > "é")

# Building strings from code points.
cps = [72, 233, 108, 108, 246, 8364]
built = "".join(chr(c) for c in cps)
print(built, len(built), [ord(c) for c in built] == cps)

# Concatenation and repetition keep characters intact.
print(("é" * 3 + "€" * 2)[2:4], len("😀" * 4), ("ab€" * 2).find("€", 3))

# Invalid UTF-8 fails to decode.
for raw in (b"\xff", b"\xc3", b"a\x80b"):
    try:
        print(raw.decode())
    except UnicodeError:
        print(raw, "UnicodeError")
