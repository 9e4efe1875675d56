# io.BytesIO: writing bytes, getvalue, read and read(n), seek from the start, current position
# and end, overwriting in the middle, extending past the end, and readinto a bytearray.
import io

b = io.BytesIO(b"hello")
print(b.read(2), b.read(), b.read(), b.tell())
b.seek(1)
b.write(b"EY")
print(b.getvalue(), b.tell())
b.seek(0, 2)
b.write(b"!!")
print(b.getvalue(), b.tell())
b.seek(-3, 2)
print(b.read(), b.seek(1, 0), b.seek(2, 1), b.read(1))

w = io.BytesIO()
for chunk in (b"\x00\x01", bytes([2, 3, 4]), bytearray(b"\xff")):
    w.write(chunk)
print(w.getvalue(), len(w.getvalue()), w.getvalue().hex())

r = io.BytesIO(bytes(range(10)))
ba = bytearray(4)
print(r.readinto(ba), ba, r.readinto(ba), ba, r.readinto(ba), r.readinto(ba))

lines = io.BytesIO(b"one\ntwo\nthree")
print(lines.readline(), lines.readline(), lines.readline(), lines.readline())


def read_records(stream, size):
    out = []
    while True:
        rec = stream.read(size)
        if not rec:
            return out
        out.append(rec)


print(read_records(io.BytesIO(b"abcdefgh"), 3))
