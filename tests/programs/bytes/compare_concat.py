# Comparing, concatenating, repeating and testing membership of bytes and bytearray.

pairs = [(b"a", b"b"), (b"ab", b"a"), (b"", b"\x00"), (b"\xff", b"\x00\xff"), (b"abc", b"abc"),
         (bytearray(b"x"), b"x"), (b"y", bytearray(b"x")), (bytearray(b"a"), bytearray(b"ab"))]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)

print(sorted([b"b", b"", b"ab", b"a\x00", b"a"]), max(b"a", b"ab"), min([bytearray(b"z"), b"y"]))

# Concatenation and repetition.
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"ab" * 3, 2 * b"xy", b"q" * 0)
acc = b""
for i in range(4):
    acc += bytes([65 + i])
print(acc, len(acc))

# Membership: subsequences and single byte values.
data = b"hello world"
print(b"wor" in data, b"" in data, b"xyz" in data, 111 in data, 0 in data, b"o w" in bytearray(data))

# bytes never equal str.
print(b"abc" == "abc", "abc" == b"abc", b"abc" != "abc")

# Ordering against other types raises TypeError.
for other in (1, None, [1]):
    try:
        print(b"a" < other)
    except TypeError:
        print("TypeError", type(other).__name__)

# Concatenation with a str raises TypeError.
try:
    print("s" + b"b")
except TypeError:
    print("TypeError")
