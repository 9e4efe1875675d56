# Iterating over bytes, bytearray and memoryview: ints come out, and comprehensions, map,
# sum, enumerate, zip, sorted and reversed work on them.

b = b"\x03\x01\x02HELLO"
print(list(b), tuple(b), [x for x in b if x > 64], sum(b), max(b), min(b))
print(list(enumerate(b[:3])), list(zip(b"ab", b"xyz")), sorted(b), list(reversed(b[:4])))
print(bytes(x + 1 for x in b"abc"), bytearray(map(lambda x: x ^ 32, b"Hello")), b"".join(bytes([x]) for x in b[3:]))

# Checksums over the bytes.
data = bytes(range(1, 101))
s8 = 0
x8 = 0
for v in data:
    s8 = (s8 + v) & 0xFF
    x8 ^= v
print(s8, x8, sum(data) % 256 == s8)

# Iterating a bytearray while building another.
src = bytearray(b"stressed")
rev = bytearray()
for v in reversed(src):
    rev.append(v)
print(rev)

# Unpacking bytes.
a, b2, c = b"xyz"
first, *rest = bytearray(b"\x01\x02\x03")
print(a, b2, c, first, rest)

# Iterators.
it = iter(b"ab")
print(next(it), next(it), next(it, None))

# Membership inside loops.
print([v for v in b"hello world" if v in b"aeiou"])
