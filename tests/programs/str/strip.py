# strip, lstrip and rstrip with and without a character set.

samples = ["  hi  ", "\t\n hi \r\n", "hi", "", "    ", "xxhixx", "  a b  ", "\x0b\x0chi\x0c"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))

for chars in ("x", "xh", "ix", "", "abc", " x"):
    s = "xxhixx"
    print(repr(chars), s.strip(chars), s.lstrip(chars), s.rstrip(chars))

# Character sets are sets, not prefixes.
print("www.example.com".strip("cmowz."), "abcba".strip("ab"), "abcba".lstrip("ba"), "abcba".rstrip("ab"))
print("0000123000".strip("0"), "0000123000".lstrip("0"), "0000123000".rstrip("0"))
print("--==text==--".strip("-="), "..//path//..".strip("./"))

# Stripping never touches the middle.
print("a  b".strip(), " a  b ".strip().split("  "))

# Lines from a block of text.
block = """
    first line
      second line   

    third
"""
lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
print(lines)
print([ln.rstrip() for ln in block.splitlines()][1:3])

# Non-ASCII characters in the set and in the string.
print("€€x€".strip("€"), "éaé".lstrip("é"), "ü ü".rstrip("ü "))

# Results are new strings equal to the input when nothing is stripped.
s = "abc"
print(s.strip() == s, s.strip("xyz") == s, s.lstrip("c"), s.rstrip("a"))
