# Mutating bytearrays: item and slice assignment, append, extend, +=, and growing/shrinking.

ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba[-1] = ord("O")
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"x"
print(ba)
ba[1:1] = b"123"
print(ba)
ba[0:1] = b""
print(ba)
ba[2:4] = bytearray(b"ABCDE")
print(ba, len(ba))
ba[len(ba):] = b"!"
print(ba)

ba.append(33)
ba.append(0)
print(ba)
ba.extend(b"ab")
ba.extend([1, 2, 3])
ba.extend(bytearray(b"z"))
print(ba, len(ba))
ba += b"++"
ba += bytearray(b"--")
print(ba)
ba[:] = b"reset"
print(ba)

# Building a bytearray from scratch.
out = bytearray()
for i in range(10):
    out.append(48 + i)
print(out, bytes(out), len(out))

# Shared references see the change; copies do not.
a = bytearray(b"abc")
alias = a
copy = bytearray(a)
a[0] = 122
print(a, alias, copy, alias is a)

# Growing by repeated extension.
g = bytearray()
for i in range(5):
    g.extend(bytes([i]) * i)
print(g, len(g))

# Slice assignment with other iterables of ints.
h = bytearray(b"......")
h[1:4] = bytes([65, 66, 67])
print(h)
h[0:2] = bytearray([120, 121])
print(h)

# Errors.
def set_far():
    ba[100] = 1


for f in (lambda: ba.append("x"), lambda: ba.extend(5), set_far):
    try:
        f()
        print("no error")
    except (TypeError, IndexError) as e:
        print(type(e).__name__)
