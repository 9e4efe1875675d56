# Text-like methods of bytes and bytearray: find/index/count, split/join, strip, replace,
# startswith/endswith, case, partition, predicates.

b = b"Hello, World, hello"
ba = bytearray(b)
for x in (b, ba):
    print(x.find(b"llo"), x.rfind(b"llo"), x.index(b"W"), x.rindex(b"l"), x.count(b"l"), x.find(b"zz"))
    print(x.split(b", "), x.split(b","), x.split(), x.rsplit(b" ", 1), x.split(b"l", 2))
    print(x.lower(), x.upper(), x.replace(b"l", b"L"), x.replace(b"l", b"", 2))
    print(x.startswith(b"Hell"), x.endswith(b"llo"), x.startswith(b"World", 7), x.endswith((b"x", b"o")))
    print(x.partition(b", "), x.rpartition(b", "))

print(b"  pad  ".strip(), b"xxpadxx".strip(b"x"), b"  pad".lstrip(), b"pad  ".rstrip(), b"\t\npad\r".strip())
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]), bytearray(b", ").join([b"p", b"q"]))
print(b"a\nb\r\nc".splitlines(), b"a b".split(None), b"".split(), b"abc".split(b"abc"))
print(b"123".isdigit(), b"12a".isdigit(), b"abc".isalpha(), b"ab1".isalpha(), b" \t".isspace(), b"".isspace())
print(b"ABC".isupper(), b"AbC".isupper(), b"abc".islower(), b"a1".islower())
print(b"abc".center(7), b"abc".find(b""), b"abc".count(b""), b"abab".count(b"ab"))

# Finding single byte values by int.
print(b.find(b"W"[0:1]), b.index(b"e"))

# Results are new objects of the same type.
r = ba.upper()
print(type(r).__name__, type(ba.split()[0]).__name__, type(ba.strip()).__name__, ba == b)

# Mixing types in arguments.
print(ba.find(b"World"), ba.replace(b"Hello", b"Bye"), ba.startswith(b"H"), b + ba, ba + b)
