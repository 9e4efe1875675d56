# memoryview over bytes and bytearray: indexing, slicing without copying, writes through the
# view, conversion back to bytes, and length.

data = bytearray(b"abcdefgh")
m = memoryview(data)
print(len(m), m[0], m[-1], bytes(m), bytes(m[2:5]), list(m[:3]), type(m[0]).__name__)

# Writes through the view change the underlying bytearray.
m[0] = 65
m[1:3] = b"BC"
print(data)

# A slice of a view is a view of the same memory.
sub = m[3:7]
sub[0] = 68
sub[-1] = 71
print(len(sub), bytes(sub), data)
subsub = sub[1:3]
subsub[0] = 69
print(bytes(subsub), data)

# Changing the bytearray is visible through the view.
data[7] = 72
print(bytes(m), m[7])

# Views over read-only bytes can be read but not written.
ro = memoryview(b"xyz")
print(bytes(ro), ro[1], bytes(ro[1:]), list(ro))
try:
    ro[0] = 1
except TypeError:
    print("TypeError")

# Views are accepted where bytes are.
print(bytes(m[0:4]) + b"!", bytearray(m[4:]), int.from_bytes(memoryview(b"\x01\x00"), "little"))

# Iterating over a view.
total = 0
for x in memoryview(b"\x01\x02\x03\x04"):
    total += x
print(total)

# Slice assignment must keep the length.
try:
    m[0:2] = b"xyz"
except ValueError:
    print("ValueError")

# Out-of-range index.
try:
    print(m[8])
except IndexError:
    print("IndexError")

# Copying a window of a large buffer without copying the buffer.
buf = bytearray(range(64))
win = memoryview(buf)[16:32]
print(len(win), win[0], win[15], sum(win))
for i in range(len(win)):
    win[i] = 0
print(sum(buf), buf[15], buf[16], buf[31], buf[32])
