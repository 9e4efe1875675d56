# Exceptions raised by bytes, bytearray and memoryview operations; types only.

def trial(name, f):
    try:
        r = f()
        print(name, "->", repr(r))
    except Exception as e:
        print(name, "->", type(e).__name__)

b = b"abc"
ba = bytearray(b"abc")
ro = memoryview(b)


def set_bytes():
    b[0] = 1


def set_ro_view():
    ro[0] = 1


def set_ba_far():
    ba[10] = 1


def set_ba_str():
    ba[0] = "a"


trial("bytes index", lambda: b[3])
trial("bytearray index", lambda: ba[-4])
trial("view index", lambda: ro[5])
trial("bytes setitem", set_bytes)
trial("view of bytes setitem", set_ro_view)
trial("bytearray far setitem", set_ba_far)
trial("bytearray str setitem", set_ba_str)
trial("bytes + int", lambda: b + 1)
trial("bytes * bytes", lambda: b * b)
trial("bytes(-1)", lambda: bytes(-1))
trial("bytes([256])", lambda: bytes([256]))
trial("bytes(str)", lambda: bytes("x"))
trial("fromhex bad", lambda: bytes.fromhex("xx"))
trial("index missing", lambda: b.index(b"z"))
trial("split empty", lambda: b.split(b""))
trial("join str", lambda: b"".join(["a"]))
trial("find str", lambda: b.find("a"))
trial("memoryview(int)", lambda: memoryview(5))
trial("ord of bytes", lambda: ord(b"ab"))
trial("ok", lambda: ord(b"a"))
