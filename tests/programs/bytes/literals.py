# bytes literals: escapes, raw bytes, adjacent literals, repr with quote choice and \x escapes.

print(b"", b"abc", b'single', b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", b"\'\"", b"\101\102", b"a" b"b" b'c')
print(rb"\x00\n", br"\t", len(rb"\x00"), b"""multi
line""", b'''x''')
print(repr(b"it's"), repr(b'say "x"'), repr(b"'\""), repr(b"\x1b[0m"), repr(bytes([0, 9, 10, 13, 32, 126, 127])))
print(len(b"\x00\x00"), b"\x00" == bytes(1), b"\xff"[0], b"\7"[0], b"\377"[0])

# Every byte value has a repr that evaluates back to it.
allbytes = bytes(range(256))
print(len(allbytes), repr(allbytes[:40]), repr(allbytes[120:140]), repr(allbytes[250:]))
print(eval(repr(allbytes)) == allbytes)

# Indexing a bytes literal gives ints.
b = b"AZaz09"
print([x for x in b], b[0], b[-1], type(b[0]).__name__, chr(b[2]))

# Literals as dict keys and in sets.
d = {b"k": 1, b"\x00": 2}
print(d[b"k"], d[bytes(1)], sorted([b"b", b"a", b"", b"ab"]))

# Same literal in two places compares equal.
def f():
    return b"shared"


print(f() == b"shared", f() == b"shar" + b"ed", type(b"").__name__)
