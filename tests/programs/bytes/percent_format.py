# The % operator on bytes: %d %x %s %c %r-free forms with widths and tuples.

print(b"%d" % 5, b"%5d|" % 42, b"%-5d|" % 42, b"%05d" % -42, b"%+d" % 7, b"%x" % 255, b"%X" % 255, b"%o" % 8)
print(b"%s" % b"bytes", b"%s-%s" % (b"a", b"b"), b"%c" % 65, b"%%" % (), b"100%%" % ())
print(b"%.2f" % 3.14159, b"%e" % 12345.0, b"%g" % 0.5, b"%10.3f|" % -1.5)
print(b"[%s]" % bytes(bytearray(b"ba")), b"%d items" % len([1, 2, 3]), b"%#x %#o" % (255, 8))

# Building a packet-like message.
fields = [(b"id", 7), (b"len", 300), (b"crc", 0xBEEF)]
msg = b";".join(b"%s=%d" % f for f in fields)
print(msg, len(msg))
print(b"%s:%04x" % (b"crc", 0xBEEF))

# The result type is bytes.
print(type(b"%d" % 1).__name__)

# Errors.
for f in (lambda: b"%d" % "x", lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2)):
    try:
        print(f())
    except TypeError:
        print("TypeError")
