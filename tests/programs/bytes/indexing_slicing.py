# Indexing and step-1 slicing of bytes and bytearray; results keep their type.

b = b"0123456789"
ba = bytearray(b)
print(b[0], b[-1], b[5], ba[0], ba[-1], b[2:5], ba[2:5], b[-3:], ba[:-7], b[5:2], ba[100:])
print(type(b[1:3]).__name__, type(ba[1:3]).__name__, type(b[0]).__name__, type(ba[0]).__name__)

bounds = [None, -12, -10, -3, 0, 2, 9, 10, 12]
for lo in bounds:
    print(lo, [b[lo:hi] for hi in bounds])

for i in (10, -11):
    for seq in (b, ba):
        try:
            print(seq[i])
        except IndexError:
            print(type(seq).__name__, i, "IndexError")

# Slices copy: changing a bytearray slice does not change the original.
part = ba[2:4]
part[0] = 65
print(part, ba[2:4])

# Explicit step 1 and None.
print(b[1:4:1], ba[::1] == ba, b[::None])

# Indices from variables and expressions.
n = len(b)
print(b[n // 2], b[n - 1 : n], ba[-n], b[0:n:1] == b)

# bytes are immutable.
try:
    b[0] = 1
except TypeError:
    print("TypeError")
